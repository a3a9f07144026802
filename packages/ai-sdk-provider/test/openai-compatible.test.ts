import { createOpenAICompatible } from '@ai-sdk/openai-compatible';
import { generateText, streamText } from 'ai';
import { describe, expect, it } from 'vitest';
import { useEmulator } from './emulator.ts';

// The same HCX-007 prompt through ours (native v3) and through @ai-sdk/openai-compatible on the
// emulator's /v1/openai layer, which sends the thinking as `thinking_content`.
describe('side by side with @ai-sdk/openai-compatible on /v1/openai', () => {
  const ctx = useEmulator();
  const theirs = () =>
    createOpenAICompatible({
      name: 'clova',
      apiKey: ctx.emu.apiKey,
      baseURL: `${ctx.emu.url}/v1/openai`,
    });
  const prompt = '서울 여행 계획을 세워줘';

  it('generateText: the reasoning is kept by ours and lost by theirs', async () => {
    const ours = await generateText({ model: ctx.clova('HCX-007'), prompt, reasoning: 'low' });
    const other = await generateText({ model: theirs()('HCX-007'), prompt, reasoning: 'low' });
    expect(ours.reasoningText?.length).toBeGreaterThan(0);
    expect(other.text.length).toBeGreaterThan(0);
    expect(other.reasoningText ?? '').toBe('');
    // the tokens were spent either way
    expect(ours.usage.outputTokenDetails.reasoningTokens).toBeGreaterThan(0);
  });

  it('streamText: the reasoning is kept by ours and lost by theirs', async () => {
    const ours = streamText({ model: ctx.clova('HCX-007'), prompt });
    const other = streamText({ model: theirs()('HCX-007'), prompt });
    expect((await ours.reasoningText)?.length).toBeGreaterThan(0);
    expect((await other.text).length).toBeGreaterThan(0);
    expect((await other.reasoningText) ?? '').toBe('');
  });
});
