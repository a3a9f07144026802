import { rankBm25 } from '../text/bm25.ts';
import { splitSentences } from '../text/sentences.ts';
import { countTokens, truncateTokens } from '../text/tokenizer.ts';
import { isKorean } from '../text/words.ts';
import type { RerankDocument } from './rerank-request.ts';
import { suggestQueries } from './suggest-queries.ts';

/** The reranker's `result` object. */
export interface RerankResult {
  result: string;
  citedDocuments: RerankDocument[];
  suggestedQueries: string[];
  usage: { promptTokens: number; completionTokens: number; totalTokens: number };
}

/** Documents cited at most. */
const MAX_CITED = 3;
/** A document is cited when its BM25 score is at least this share of the best score. */
const RELATIVE_CUTOFF = 0.3;
/** Tokens of the (hidden) instruction prompt counted into `promptTokens`. */
const PROMPT_OVERHEAD = 64;

function bestSentence(doc: string, query: string): string {
  const sentences = splitSentences(doc);
  if (sentences.length <= 1) return doc.trim();
  const scores = rankBm25(sentences, query);
  let best = 0;
  scores.forEach((s, i) => {
    if (s > (scores[best] ?? 0)) best = i;
  });
  return sentences[best] ?? doc.trim();
}

/** A document chosen to support an answer, and the sentence of it that is quoted. */
export interface Citation {
  /** 0-based position of the document in the input. */
  index: number;
  /** The document sentence that best matches the query. */
  sentence: string;
}

/**
 * The documents (texts) relevant to `query` by BM25, best first, at most three, each with its
 * best-matching sentence. A document counts when it shares terms with the query and scores at
 * least 30 % of the best score.
 */
export function selectCitations(query: string, docs: readonly string[]): Citation[] {
  const scores = rankBm25(docs, query);
  const top = scores.reduce((m, x) => Math.max(m, x), 0);
  return scores
    .map((score, index) => ({ score, index }))
    .filter((x) => x.score > 0 && x.score >= top * RELATIVE_CUTOFF)
    .sort((a, b) => b.score - a.score || a.index - b.index)
    .slice(0, MAX_CITED)
    .map(({ index }) => ({ index, sentence: bestSentence(docs[index] ?? '', query) }));
}

/**
 * Ranks `documents` for `query` by BM25, cites the relevant ones (at most three) and writes an
 * answer from their best-matching sentences, each wrapped in `<docN>…</docN>` where N is the
 * document's 1-based position in the request. With nothing relevant, the answer says so and
 * `suggestedQueries` holds re-search suggestions (else it is `[]`). The answer is cut to `maxTokens`.
 */
export function rerank(
  query: string,
  documents: readonly RerankDocument[],
  maxTokens: number,
): RerankResult {
  const korean = isKorean(query);
  const cited = selectCitations(
    query,
    documents.map((d) => d.doc),
  );
  const prefix = korean ? '답변: ' : 'Answer: ';
  let answer: string;
  if (cited.length === 0) {
    answer = korean
      ? `${prefix}제공된 문서에서 질문과 관련된 정보를 찾을 수 없습니다.`
      : `${prefix}The provided documents contain no information about this question.`;
  } else {
    const spans = cited.map(
      ({ index, sentence }) => `<doc${index + 1}>${sentence}</doc${index + 1}>`,
    );
    answer = `${prefix}${spans.join(' ')}`;
  }
  const result = truncateTokens(answer, maxTokens).text;
  const promptTokens =
    PROMPT_OVERHEAD +
    countTokens(query) +
    documents.reduce((s, d) => s + countTokens(d.doc) + countTokens(d.id), 0);
  const completionTokens = countTokens(result);
  return {
    result,
    citedDocuments: cited.map(({ index }) => ({
      id: documents[index]?.id ?? '',
      doc: documents[index]?.doc ?? '',
    })),
    suggestedQueries: cited.length === 0 ? suggestQueries(query) : [],
    usage: { promptTokens, completionTokens, totalTokens: promptTokens + completionTokens },
  };
}
