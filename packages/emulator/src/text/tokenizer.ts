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
    const size = chunkSize(run);
    for (let i = 0; i < run.length; i += size) out.push(run.slice(i, i + size));
  }
  return out;
}

function isSpace(code: number): boolean {
  return (
    code === 32 ||
    (code >= 9 && code <= 13) ||
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

/** Character class for counting: 1 letter, 2 digit, 3 Hangul syllable, 0 space, 4 other. */
function classOf(code: number): number {
  if ((code >= 65 && code <= 90) || (code >= 97 && code <= 122)) return 1;
  if (code >= 48 && code <= 57) return 2;
  if (code >= 0xac00 && code <= 0xd7a3) return 3;
  return isSpace(code) ? 0 : 4;
}

const CHUNK = [0, 4, 3, 2];

/** How many characters one token of `run` (a match of `TOKEN`) holds. */
function chunkSize(run: string): number {
  const kind = classOf(run.charCodeAt(0));
  return kind === 4 ? run.length : (CHUNK[kind] as number);
}

/** Counts the tokens of `text` (same rules as {@link tokenize}, without building the list). */
export function countTokens(text: string): number {
  let count = 0;
  let i = 0;
  const n = text.length;
  while (i < n) {
    const code = text.charCodeAt(i);
    const kind = classOf(code);
    if (kind === 0) {
      i++;
    } else if (kind === 4) {
      count++;
      const next = i + 1 < n ? text.charCodeAt(i + 1) : 0;
      i += code >= 0xd800 && code <= 0xdbff && next >= 0xdc00 && next <= 0xdfff ? 2 : 1;
    } else {
      let j = i + 1;
      while (j < n && classOf(text.charCodeAt(j)) === kind) j++;
      count += Math.ceil((j - i) / (CHUNK[kind] as number));
      i = j;
    }
  }
  return count;
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
    const size = chunkSize(run);
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
  if (countTokens(text) <= maxTokens) return { text, truncated: false };
  const pieces = tokenPieces(text);
  return { text: pieces.slice(0, Math.max(0, maxTokens)).join(''), truncated: true };
}
