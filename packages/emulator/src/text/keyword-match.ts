import { bagCosine, termBag } from './term-bag.ts';
import { countTokens } from './tokenizer.ts';

/** Something that can be matched against text: keywords, plus an optional description. */
export interface Matchable {
  keywords: readonly string[];
  description?: string;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Whether `keyword` occurs in `text` (both lower-cased): as a whole word when it is ASCII
 * letters/digits, otherwise at the start of a word (so a Korean stem matches with any particle:
 * `날씨` matches `날씨가`, but `비` does not match inside `예비`).
 */
export function containsKeyword(text: string, keyword: string): boolean {
  return keywordRegExp(keyword).test(text);
}

/** Compiled keyword patterns (keywords come from the configured routers and skillsets). */
const PATTERNS = new Map<string, RegExp>();

function keywordRegExp(keyword: string): RegExp {
  let pattern = PATTERNS.get(keyword);
  if (!pattern) {
    const key = keyword.toLowerCase();
    pattern = /^[a-z0-9]+$/.test(key)
      ? new RegExp(`\\b${key}\\b`)
      : new RegExp(`(?:^|[^\\p{L}\\p{N}])${escapeRegExp(key)}`, 'u');
    if (PATTERNS.size >= 1024) PATTERNS.clear();
    PATTERNS.set(keyword, pattern);
  }
  return pattern;
}

/** Number of `label` keywords that occur in `text` (case-insensitive, see `containsKeyword`). */
export function keywordHits(label: Matchable, text: string): number {
  const lower = text.toLowerCase();
  return label.keywords.filter((k) => containsKeyword(lower, k)).length;
}

/** Input tokens of a query and its earlier turns (the router's and the skillset's input limit). */
export function queryTokens(query: string, history: readonly string[]): number {
  return countTokens(query) + history.reduce((n, t) => n + countTokens(t), 0);
}

/**
 * How well `label` matches a query and its earlier turns: keyword hits in the query count 2,
 * in the history 1, plus the lexical similarity of the query with the label's description.
 */
export function labelScore(label: Matchable, query: string, history: readonly string[]): number {
  const queryHits = keywordHits(label, query) * 2;
  const historyHits = history.reduce((n, turn) => n + keywordHits(label, turn), 0);
  const description = label.description ? bagCosine(termBag(label.description), termBag(query)) : 0;
  return queryHits + historyHits + description;
}
