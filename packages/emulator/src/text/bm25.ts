import { isStopword } from './stopwords.ts';
import { terms } from './words.ts';

/** BM25 parameters (the usual defaults). */
const K1 = 1.2;
const B = 0.75;

/** A BM25 index over a fixed list of documents. */
export interface Bm25Index {
  /** Term lists of each document. */
  docs: string[][];
  /** Number of documents containing each term. */
  df: Map<string, number>;
  /** Mean document length in terms. */
  avgLength: number;
}

/** Builds a BM25 index over `documents` (terms as in `words.ts`: words plus Hangul bigrams). */
export function buildBm25(documents: readonly string[]): Bm25Index {
  const docs = documents.map((doc) => terms(doc));
  const df = new Map<string, number>();
  for (const doc of docs) for (const term of new Set(doc)) df.set(term, (df.get(term) ?? 0) + 1);
  const total = docs.reduce((sum, doc) => sum + doc.length, 0);
  return { docs, df, avgLength: docs.length === 0 ? 0 : total / docs.length };
}

/**
 * BM25 score of every document of `index` for `query` (same order as the documents). Stopwords
 * of the query are ignored unless it has nothing else.
 */
export function scoreBm25(index: Bm25Index, query: string): number[] {
  const all = [...new Set(terms(query))];
  const content = all.filter((term) => !isStopword(term));
  const queryTerms = content.length > 0 ? content : all;
  const n = index.docs.length;
  return index.docs.map((doc) => {
    const tf = new Map<string, number>();
    for (const term of doc) tf.set(term, (tf.get(term) ?? 0) + 1);
    let score = 0;
    for (const term of queryTerms) {
      const f = tf.get(term) ?? 0;
      if (f === 0) continue;
      const df = index.df.get(term) ?? 0;
      const idf = Math.log(1 + (n - df + 0.5) / (df + 0.5));
      const norm = index.avgLength === 0 ? 1 : doc.length / index.avgLength;
      score += (idf * f * (K1 + 1)) / (f + K1 * (1 - B + B * norm));
    }
    return score;
  });
}

/** BM25 scores of `documents` for `query` in one call. */
export function rankBm25(documents: readonly string[], query: string): number[] {
  return scoreBm25(buildBm25(documents), query);
}
