/**
 * The emulator's one tokenizer. Usage figures, the token calculators, the sliding window and the
 * context-length check all count with it, so their numbers agree across endpoints.
 *
 * A token is a run of ASCII letters (split into chunks of at most 4 characters), a run of digits
 * (chunks of at most 3), one or two Hangul syllables, or any other single non-space character.
 * Real HyperCLOVA X counts differ; what matters here is that the count is deterministic, roughly
 * the right size for Korean and English, and the same everywhere.
 */
const TOKEN = /[A-Za-z]+|[0-9]+|[\uAC00-\uD7A3]+|[^\s]/gu;

/** Splits `text` into tokens (see the module comment for the rules). */
export function tokenize(text: string): string[] {
  const out: string[] = [];
  for (const match of text.matchAll(TOKEN)) {
    const run = match[0];
    const size = /^[A-Za-z]/.test(run) ? 4 : /^[0-9]/.test(run) ? 3 : /^[\uAC00-\uD7A3]/.test(run) ? 2 : run.length;
    for (let i = 0; i < run.length; i += size) out.push(run.slice(i, i + size));
  }
  return out;
}

/** Counts the tokens of `text`. */
export function countTokens(text: string): number {
  return tokenize(text).length;
}
