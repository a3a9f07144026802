import { describe, expect, it } from 'vitest';
import { hasTopLevelAwait } from '../src/block-project.ts';
import { extractBlocks } from '../src/extract-blocks.ts';

const md = [
  '# Title',
  '',
  '```ts',
  "console.log('a');",
  '```',
  '',
  '<!-- readme-test: skip — needs a real bucket -->',
  '',
  '```typescript',
  'await fetch(url);',
  '```',
  '',
  '```sh',
  'npm test',
  '```',
  '',
  '- a list item:',
  '',
  '  ```ts',
  '  const x = 1;',
  '  ```',
].join('\n');

describe('extractBlocks', () => {
  const blocks = extractBlocks('README.md', md);

  it('finds ts and typescript blocks only, with the line of their first code line', () => {
    expect(blocks.map((b) => [b.line, b.code])).toEqual([
      [4, "console.log('a');"],
      [10, 'await fetch(url);'],
      [20, 'const x = 1;'],
    ]);
  });

  it('takes the skip reason from the marker before a block, and only that block', () => {
    expect(blocks.map((b) => b.skipReason)).toEqual([undefined, 'needs a real bucket', undefined]);
  });

  it('refuses a skip marker without a reason', () => {
    expect(() => extractBlocks('X.md', '<!-- readme-test: skip -->\n```ts\n1\n```')).toThrow(
      'X.md:1: a readme-test skip marker must give its reason',
    );
  });
});

describe('hasTopLevelAwait', () => {
  it('sees await and for await at the top level, not inside functions', () => {
    expect(hasTopLevelAwait('await f();')).toBe(true);
    expect(hasTopLevelAwait('for await (const x of y) {}')).toBe(true);
    expect(hasTopLevelAwait('if (a) { const b = await c; }')).toBe(true);
    expect(hasTopLevelAwait('async function main() { await f(); }\nmain();')).toBe(false);
    expect(hasTopLevelAwait('const f = async () => { await g(); };')).toBe(false);
  });
});
