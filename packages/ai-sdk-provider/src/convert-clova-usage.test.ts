import { describe, expect, it } from 'vitest';
import { convertClovaUsage } from './convert-clova-usage.ts';

describe('convertClovaUsage', () => {
  it('splits completion tokens into text and reasoning (thinking tokens)', () => {
    const usage = convertClovaUsage({
      promptTokens: 58,
      completionTokens: 631,
      totalTokens: 689,
      completionTokensDetails: { thinkingTokens: 366 },
    });
    expect(usage.inputTokens.total).toBe(58);
    expect(usage.outputTokens).toEqual({ total: 631, text: 265, reasoning: 366 });
  });

  it('is all undefined without usage', () => {
    expect(convertClovaUsage(undefined).outputTokens.total).toBeUndefined();
  });
});
