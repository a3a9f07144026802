/** A ```ts block of a README. */
export interface ReadmeBlock {
  /** The README's path relative to the repository root, with `/` separators. */
  readme: string;
  /** 1-based line of the block's first code line (the line after the opening fence). */
  line: number;
  /** The code, with the fence's indentation removed. */
  code: string;
  /** Why the block is not run, from a `<!-- readme-test: skip — reason -->` line before it. */
  skipReason: string | undefined;
}

/** Fence languages that make a block a test. */
const TS_LANGUAGES = new Set(['ts', 'typescript']);
const FENCE = /^(\s*)(`{3,}|~{3,})\s*([\w-]*)/;
const SKIP_MARKER = /^<!--\s*readme-test:\s*skip\s*(?:[—–:-]\s*)?(.*?)\s*-->$/;

/**
 * The ```ts blocks of one README, in order. A block directly preceded (blank lines aside) by
 * `<!-- readme-test: skip — reason -->` carries that reason; a marker without a reason is an
 * error, so that every skip says why.
 */
export function extractBlocks(readme: string, markdown: string): ReadmeBlock[] {
  const lines = markdown.split(/\r?\n/);
  const blocks: ReadmeBlock[] = [];
  let i = 0;
  while (i < lines.length) {
    const open = FENCE.exec(lines[i] ?? '');
    if (!open) {
      i++;
      continue;
    }
    const [, indent = '', fence = '', language = ''] = open;
    const start = i + 1;
    let end = start;
    while (end < lines.length && !isClosingFence(lines[end] ?? '', fence)) end++;
    if (TS_LANGUAGES.has(language.toLowerCase())) {
      const code = lines
        .slice(start, end)
        .map((line) => (line.startsWith(indent) ? line.slice(indent.length) : line.trimStart()))
        .join('\n');
      blocks.push({
        readme,
        line: start + 1,
        code,
        skipReason: skipReasonBefore(lines, i, readme),
      });
    }
    i = end + 1;
  }
  return blocks;
}

function isClosingFence(line: string, fence: string): boolean {
  const trimmed = line.trim();
  return trimmed.startsWith(fence) && trimmed.replace(/[`~]/g, '') === '';
}

function skipReasonBefore(lines: string[], fenceIndex: number, readme: string): string | undefined {
  let j = fenceIndex - 1;
  while (j >= 0 && (lines[j] ?? '').trim() === '') j--;
  const marker = SKIP_MARKER.exec((lines[j] ?? '').trim());
  if (!marker) return undefined;
  const reason = marker[1] ?? '';
  if (reason === '') {
    throw new Error(`${readme}:${j + 1}: a readme-test skip marker must give its reason`);
  }
  return reason;
}
