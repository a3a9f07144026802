/**
 * Lexical units shared by the embedding, BM25, summary, segmentation and classifiers:
 * lower-cased words (runs of letters, digits or Hangul) and, for Korean, character bigrams
 * so that a stem matches whatever particle is attached to it ("날씨가" / "날씨는" share "날씨").
 */
const WORD = /[\p{L}\p{N}]+/gu;
const HANGUL = /[\uAC00-\uD7A3]/u;

/** Lower-cased words of `text` (letters/digits runs; punctuation and spaces dropped). */
export function words(text: string): string[] {
  return Array.from(text.toLowerCase().matchAll(WORD), (m) => m[0]);
}

/**
 * Matching terms of `text`: every word, plus the character bigrams of Hangul words longer than
 * two syllables (so Korean stems match across particles and endings).
 */
export function terms(text: string): string[] {
  const out: string[] = [];
  for (const word of words(text)) {
    out.push(word);
    if (HANGUL.test(word) && word.length > 2) {
      for (let i = 0; i + 2 <= word.length; i++) out.push(`~${word.slice(i, i + 2)}`);
    }
  }
  return out;
}
