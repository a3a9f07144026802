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
    const size = /^[A-Za-z]/.test(run)
      ? 4
      : /^[0-9]/.test(run)
        ? 3
        : /^[\uAC00-\uD7A3]/.test(run)
          ? 2
          : run.length;
    for (let i = 0; i < run.length; i += size) out.push(run.slice(i, i + size));
  }
  return out;
}

/** Counts the tokens of `text`. */
export function countTokens(text: string): number {
  return tokenize(text).length;
}

/**
 * Splits `text` into pieces that each hold exactly one token (with the whitespace before it), so
 * that `pieces.join('') === text` and `pieces.length === countTokens(text)` (trailing whitespace
 * goes with the last piece). Streams send one piece per token event.
 */
export function tokenPieces(text: string): string[] {
  const pieces: string[] = [];
  let cursor = 0;
  for (const match of text.matchAll(TOKEN)) {
    const run = match[0];
    const at = match.index ?? 0;
    const size = /^[A-Za-z]/.test(run)
      ? 4
      : /^[0-9]/.test(run)
        ? 3
        : /^[\uAC00-\uD7A3]/.test(run)
          ? 2
          : run.length;
    for (let i = 0; i < run.length; i += size) {
      const end = at + Math.min(i + size, run.length);
      pieces.push(text.slice(cursor, end));
      cursor = end;
    }
  }
  if (cursor < text.length) {
    if (pieces.length) pieces[pieces.length - 1] += text.slice(cursor);
    else pieces.push(text.slice(cursor));
  }
  return pieces;
}

/** The longest prefix of `text` with at most `maxTokens` tokens, and whether anything was cut. */
export function truncateTokens(
  text: string,
  maxTokens: number,
): { text: string; truncated: boolean } {
  const pieces = tokenPieces(text);
  if (pieces.length <= maxTokens) return { text, truncated: false };
  return { text: pieces.slice(0, Math.max(0, maxTokens)).join(''), truncated: true };
}
