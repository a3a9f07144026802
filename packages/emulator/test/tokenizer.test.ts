import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { countTokens, tokenize, tokenPieces, truncateTokens } from '../src/text/tokenizer.ts';

const text = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 60 }),
  fc.string({ unit: fc.constantFrom(...'ab Z9 0가힣\n\t😀.,-_'.split('')), maxLength: 60 }),
);

describe('tokenizer', () => {
  it('countTokens agrees with tokenize, and pieces rebuild the text one token each', () => {
    fc.assert(
      fc.property(text, (t) => {
        const tokens = tokenize(t);
        expect(countTokens(t)).toBe(tokens.length);
        const pieces = tokenPieces(t);
        expect(pieces.join('')).toBe(t);
        if (tokens.length) expect(pieces).toHaveLength(tokens.length);
      }),
      { numRuns: 300 },
    );
  });

  it('truncates to a token budget', () => {
    expect(truncateTokens('one two three', 2)).toEqual({ text: 'one two', truncated: true });
    expect(truncateTokens('one', 5)).toEqual({ text: 'one', truncated: false });
    expect(countTokens('HyperCLOVA 1234567 안녕하세요!')).toBe(3 + 3 + 3 + 1);
  });
});
