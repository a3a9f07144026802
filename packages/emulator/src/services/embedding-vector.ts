import type { ModelInfo } from '../engine/models.ts';
import { fail } from '../http/fail.ts';
import { createRandom, hash32 } from '../random.ts';
import { countTokens } from '../text/tokenizer.ts';
import { koreanStem, words } from '../text/words.ts';

/** Vector size of every CLOVA embedding model (the only `dimensions` the OpenAI layer accepts). */
export const EMBEDDING_DIMENSION = 1024;

/**
 * Tokens of one text to embed with `model` (shared by the native and OpenAI embedding routes): no
 * token → `40004`, more than the model's input limit → `40003`.
 */
export function embeddingInputTokens(text: string, model: ModelInfo): number {
  const tokens = countTokens(text);
  if (tokens === 0) throw fail('40004');
  if (tokens > model.maxInput) throw fail('40003');
  return tokens;
}

/** Weight of a whole word in the vector. */
const WORD_WEIGHT = 1;
/** Weight of each character n-gram (trigram for Latin words, bigram for Hangul). */
const GRAM_WEIGHT = 0.5;
/** Amplitude of the per-text noise, relative to one unit of feature weight. */
const NOISE = 0.01;
const HANGUL = /[\uAC00-\uD7A3]/u;

function grams(word: string): string[] {
  const n = HANGUL.test(word) ? 2 : 3;
  const padded = n === 3 ? `<${word}>` : word;
  if (padded.length < n) return [padded];
  const out: string[] = [];
  for (let i = 0; i + n <= padded.length; i++) out.push(padded.slice(i, i + n));
  return out;
}

function addFeature(vector: number[], feature: string, weight: number): void {
  const h = hash32(feature);
  const index = h % vector.length;
  const sign = hash32('sign', feature) & 1 ? 1 : -1;
  vector[index] = (vector[index] ?? 0) + sign * weight;
}

/**
 * A deterministic, L2-normalised embedding of `text` with `dimension` components.
 *
 * Words (and, for Korean, their stems without particles) and their character n-grams (trigrams
 * for Latin script, bigrams for Hangul) are hashed
 * into the dimensions with a hashed sign, then a small noise seeded by the text is added and the
 * vector is normalised. Texts that share words (in Korean or English) therefore have a higher
 * cosine similarity than unrelated texts, and the same text always gives the same vector.
 */
export function embedText(text: string, dimension: number): number[] {
  const size = Math.max(1, Math.floor(dimension));
  const vector = new Array<number>(size).fill(0);
  for (const word of words(text)) {
    addFeature(vector, `w:${word}`, WORD_WEIGHT);
    const stem = koreanStem(word);
    if (stem) addFeature(vector, `w:${stem}`, WORD_WEIGHT);
    for (const gram of grams(word)) addFeature(vector, `g:${gram}`, GRAM_WEIGHT);
  }
  const random = createRandom(hash32('noise', text));
  for (let i = 0; i < size; i++) vector[i] = (vector[i] ?? 0) + (random.next() * 2 - 1) * NOISE;
  const norm = Math.sqrt(vector.reduce((sum, x) => sum + x * x, 0));
  if (norm === 0) {
    vector[0] = 1;
    return vector;
  }
  return vector.map((x) => x / norm);
}

/** Cosine similarity of two vectors of the same length (dot product when both are normalised). */
export function cosine(a: readonly number[], b: readonly number[]): number {
  let dot = 0;
  let na = 0;
  let nb = 0;
  for (let i = 0; i < a.length; i++) {
    const x = a[i] ?? 0;
    const y = b[i] ?? 0;
    dot += x * y;
    na += x * x;
    nb += y * y;
  }
  return na === 0 || nb === 0 ? 0 : dot / Math.sqrt(na * nb);
}
