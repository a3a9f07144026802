import { generateText, streamText } from 'ai';
import { describe, expect, it } from 'vitest';
import { useEmulator } from '../test/emulator';

describe('ClovaChatLanguageModel', () => {
  const ctx = useEmulator();

  it('generateText returns text, usage and provider metadata', async () => {
    const result = await generateText({
      model: ctx.clova('HCX-005'),
      prompt: 'Tell me about Seoul',
    });
    expect(result.text).toContain('Seoul');
    expect(result.finishReason).toBe('stop');
    expect(result.usage.inputTokens).toBeGreaterThan(0);
    expect(result.usage.outputTokens).toBeGreaterThan(0);
    expect(result.providerMetadata?.clovaStudio?.requestId).toEqual(expect.any(String));
    expect(result.providerMetadata?.clovaStudio?.seed).toEqual(expect.any(Number));
  });

  it('streamText streams text deltas and finishes with usage', async () => {
    const result = streamText({ model: ctx.clova('HCX-005'), prompt: '서울에 대해 알려줘' });
    const deltas: string[] = [];
    for await (const delta of result.textStream) deltas.push(delta);
    expect(deltas.length).toBeGreaterThan(1);
    expect(deltas.join('')).toContain('서울');
    expect(await result.text).toBe(deltas.join(''));
    expect(await result.finishReason).toBe('stop');
    expect((await result.usage).outputTokens).toBeGreaterThan(0);
  });
});
