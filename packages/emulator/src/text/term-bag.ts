import { isStopword } from './stopwords.ts';
import { terms } from './words.ts';

/** A bag of terms (term → count). */
export type TermBag = Map<string, number>;

/** The bag of terms of `text` (words plus Hangul bigrams). */
export function termBag(text: string): TermBag {
  const bag: TermBag = new Map();
  for (const term of terms(text)) bag.set(term, (bag.get(term) ?? 0) + 1);
  return bag;
}

/** The bag of topic terms of `text`: as `termBag`, without stopwords. */
export function topicBag(text: string): TermBag {
  const bag: TermBag = new Map();
  for (const term of terms(text)) {
    if (!isStopword(term)) bag.set(term, (bag.get(term) ?? 0) + 1);
  }
  return bag;
}

/** Adds the counts of every bag into a new one. */
export function mergeBags(bags: readonly TermBag[]): TermBag {
  const out: TermBag = new Map();
  for (const bag of bags) for (const [term, n] of bag) out.set(term, (out.get(term) ?? 0) + n);
  return out;
}

/** Cosine similarity of two bags (0 when either is empty). */
export function bagCosine(a: TermBag, b: TermBag): number {
  let dot = 0;
  for (const [term, n] of a) dot += n * (b.get(term) ?? 0);
  if (dot === 0) return 0;
  let na = 0;
  let nb = 0;
  for (const n of a.values()) na += n * n;
  for (const n of b.values()) nb += n * n;
  return dot / Math.sqrt(na * nb);
}
