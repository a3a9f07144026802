/**
 * Lexical units shared by the embedding, BM25, summary, segmentation and classifiers:
 * lower-cased words (runs of letters, digits or Hangul) and, for Korean, character bigrams
 * so that a stem matches whatever particle is attached to it ("날씨가" / "날씨는" share "날씨").
 */
import { isStopword } from './stopwords.js';

const WORD = /[\p{L}\p{N}]+/gu;
const HANGUL = /[\uAC00-\uD7A3]/u;

/** Lower-cased words of `text` (letters/digits runs; punctuation and spaces dropped). */
export function words(text: string): string[] {
  return Array.from(text.toLowerCase().matchAll(WORD), (m) => m[0]);
}

/**
 * Matching terms of `text`: every word, its stem (Korean without a particle, English without a
 * common suffix; not for stopwords), plus the character bigrams of Hangul words longer than
 * two syllables (so Korean stems match across particles and endings).
 */
export function terms(text: string): string[] {
  const out: string[] = [];
  for (const word of words(text)) {
    out.push(word);
    const stem = isStopword(word) ? undefined : (koreanStem(word) ?? englishStem(word));
    if (stem) out.push(stem);
    if (HANGUL.test(word) && word.length > 2) {
      for (let i = 0; i + 2 <= word.length; i++) out.push(`^${word.slice(i, i + 2)}`);
    }
  }
  return out;
}

/** Common Korean particles and endings stripped to find a word's stem. */
const PARTICLE = /(?:에서|에게|으로|까지|부터|처럼|보다|은|는|이|가|을|를|의|에|도|로|와|과|요)$/u;

/** The stem of a Hangul word with a particle or ending attached (`날씨가` → `날씨`), if any. */
export function koreanStem(word: string): string | undefined {
  if (!HANGUL.test(word) || word.length < 2) return undefined;
  const stem = word.replace(PARTICLE, '');
  return stem !== word && stem.length >= 1 ? stem : undefined;
}

/**
 * A light English stem (`deleted`, `deletes`, `deleting`, `delete` → `delet`; `servers` →
 * `server`), or `undefined` when it equals the word or the word is not lower-case ASCII.
 */
export function englishStem(word: string): string | undefined {
  if (!/^[a-z]+$/.test(word) || word.length <= 3) return undefined;
  let stem = word;
  if (stem.endsWith('ing') && stem.length > 5) stem = stem.slice(0, -3);
  else if (stem.endsWith('ed') && stem.length > 4) stem = stem.slice(0, -2);
  else if (stem.endsWith('es') && stem.length > 4) stem = stem.slice(0, -2);
  else if (stem.endsWith('s') && !stem.endsWith('ss')) stem = stem.slice(0, -1);
  if (stem.endsWith('e') && stem.length > 3) stem = stem.slice(0, -1);
  return stem === word ? undefined : stem;
}
