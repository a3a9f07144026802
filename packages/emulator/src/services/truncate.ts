import { truncateTokens } from '../text/tokenizer.js';

/** The longest prefix of `text` with at most `maxTokens` tokens (shared tokenizer). */
export function truncateToTokens(text: string, maxTokens: number): string {
  return truncateTokens(text, maxTokens).text;
}

/** Whether `text` contains Hangul (answers are then written in Korean). */
export function isKorean(text: string): boolean {
  return /[\uAC00-\uD7A3]/u.test(text);
}
