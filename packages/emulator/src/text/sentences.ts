/**
 * Splits `text` into sentences: at line breaks, and after `.`, `?`, `!`, `。` or `…` (with any
 * closing quotes/brackets) followed by whitespace. Sentences are trimmed; empty ones dropped.
 */
export function splitSentences(text: string): string[] {
  const out: string[] = [];
  for (const line of text.split(/\r?\n/)) {
    for (const part of line.split(/(?<=[.?!。…]["'”’)\]]*)\s+/u)) {
      const sentence = part.trim();
      if (sentence !== '') out.push(sentence);
    }
  }
  return out;
}
