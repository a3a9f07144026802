import { countTokens } from '../engine/tokenizer.js';

/** The longest prefix of `text` with at most `maxTokens` tokens (shared tokenizer). */
export function truncateToTokens(text: string, maxTokens: number): string {
  if (countTokens(text) <= maxTokens) return text;
  let lo = 0;
  let hi = text.length;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (countTokens(text.slice(0, mid)) <= maxTokens) lo = mid;
    else hi = mid - 1;
  }
  return text.slice(0, lo);
}

/** Whether `text` contains Hangul (answers are then written in Korean). */
export function isKorean(text: string): boolean {
  return /[\uAC00-\uD7A3]/u.test(text);
}
