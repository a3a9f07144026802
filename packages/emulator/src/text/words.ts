/**
 * Words, stems and keywords: the lexical units every part of the emulator compares text with
 * (chat replies and tool choice, embeddings, BM25, summary, segmentation, router, skillsets).
 * One stop-word list ({@link isStopword}) and one list of Korean particles serve them all.
 */
import { isStopword } from './stopwords.ts';

const WORD = /[\p{L}\p{N}]+/gu;
const HANGUL = /[\uAC00-\uD7A3]/u;

/**
 * Korean particles stripped from the end of a word to find its stem. Not `이`, `도` or `요`: too
 * many nouns end with them (`고양이`, `제주도`); the Hangul bigrams of {@link terms} still match those.
 */
const PARTICLE =
  /(?:에서는|에게서|으로는|에서|에게|으로|까지|부터|처럼|보다|이랑|에는|은|는|을|를|의|에|로|와|과|가)$/u;

/** Endings of Korean predicates (verbs, requests), which are not topics. */
const KOREAN_PREDICATE =
  /(?:줘|줄래|주세요|세요|해요|나요|까요|가요|니까|니다|어요|아요|래요|에요|예요|었어|했어|할까|인가요|인가|이야|죠|냐)$/u;

/** English request verbs: fine for matching tools, but not topics of an answer. */
const REQUEST_VERBS = new Set(
  'write explain describe tell make create list summarize summarise translate compose draft generate recommend suggest'.split(
    ' ',
  ),
);

/** Whether `text` is mostly Korean (more Hangul than a third of its Latin letters): answers are then Korean. */
export function isKorean(text: string): boolean {
  let hangul = 0;
  let latin = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if ((code >= 0xac00 && code <= 0xd7a3) || (code >= 0x3131 && code <= 0x318e)) hangul++;
    else if ((code >= 65 && code <= 90) || (code >= 97 && code <= 122)) latin++;
  }
  return hangul > 0 && hangul >= latin / 3;
}

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

/** `text` without trailing characters from `chars` (a loop: a `/[…]+$/` regex is quadratic on long runs). */
export function trimEnd(text: string, chars: string): string {
  let end = text.length;
  while (end > 0 && chars.includes(text[end - 1] as string)) end--;
  return text.slice(0, end);
}

/**
 * Content words of `text`, in order of appearance, without duplicates or stop words (a Korean
 * word without its particle when two syllables remain; predicates and short English words dropped).
 */
export function keywords(text: string): string[] {
  const out: string[] = [];
  const seen = new Set<string>();
  for (const match of text.matchAll(/[\p{L}\p{N}][\p{L}\p{N}'_-]*/gu)) {
    let word = trimEnd(match[0], "'_-");
    if (HANGUL.test(word)) {
      if (isStopword(word)) continue;
      if (KOREAN_PREDICATE.test(word) || (word.length > 2 && word.endsWith('해'))) continue;
      const stem = koreanStem(word);
      if (stem && stem.length >= 2) word = stem;
      if (isStopword(word)) continue;
    } else {
      const lower = word.toLowerCase();
      if (isStopword(lower) || (lower.length < 3 && !/\d/.test(lower))) continue;
      if (/^(?:what|how|where|who)'s$/.test(lower)) continue;
    }
    const key = word.toLowerCase();
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(word);
  }
  return out;
}

/** {@link keywords} without request verbs (`write`, `explain`, …): the topics of a question. */
export function topicWords(text: string): string[] {
  return keywords(text).filter((w) => !REQUEST_VERBS.has(w.toLowerCase()));
}

/** Lower-case word stems used to compare a request with a tool name or description. */
export function stems(text: string): string[] {
  const spaced = text.replace(/([a-z])([A-Z])/g, '$1 $2').replace(/[_\-./]+/g, ' ');
  return keywords(spaced).map((w) => {
    const lower = w.toLowerCase();
    return englishStem(lower) ?? lower;
  });
}
