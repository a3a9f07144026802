import { toUIMessageStream } from '@ai-sdk/langchain';
import { AIMessage, type AIMessageChunk, HumanMessage } from '@langchain/core/messages';
import { describe, expect, it } from 'vitest';
import { ChatClovaX } from '../src/index.ts';
import { at, useEmulator } from './emulator.ts';

const ref = useEmulator();
const hcx007 = (fields: ConstructorParameters<typeof ChatClovaX>[0] = {}) =>
  new ChatClovaX({ ...at(ref.emu), model: 'HCX-007', maxRetries: 0, ...fields });

describe('reasoning (HCX-007 thinkingContent)', () => {
  it('invoke: contentBlocks reasoning first, additional_kwargs.reasoning_content and thinking_content, usage reasoning', async () => {
    const res = await hcx007({ thinking: { effort: 'low' } }).invoke('Why is the sky blue?');
    const thinking = res.additional_kwargs.reasoning_content as string;
    expect(thinking.length).toBeGreaterThan(0);
    expect(res.additional_kwargs.thinking_content).toBe(thinking);
    expect(typeof res.content).toBe('string');
    expect(res.contentBlocks[0]).toEqual({ type: 'reasoning', reasoning: thinking });
    expect(res.contentBlocks[1]).toMatchObject({ type: 'text' });
    expect(res.usage_metadata?.output_token_details?.reasoning).toBeGreaterThan(0);
    expect((ref.emu.requests.at(-1)!.body as { thinking: unknown }).thinking).toEqual({
      effort: 'low',
    });
    expect(
      (ref.emu.requests.at(-1)!.body as { maxCompletionTokens?: number }).maxCompletionTokens,
    ).toBeUndefined();
  });

  it('stream: reasoning chunks arrive before the text', async () => {
    const order: string[] = [];
    let final: AIMessageChunk | undefined;
    for await (const c of await hcx007().stream('Why is the sky blue?')) {
      if (c.additional_kwargs.reasoning_content) order.push('reasoning');
      if (c.text) order.push('text');
      final = final ? final.concat(c) : c;
    }
    expect(order[0]).toBe('reasoning');
    expect(order.lastIndexOf('reasoning')).toBeLessThan(order.indexOf('text'));
    expect(final!.contentBlocks[0]).toMatchObject({ type: 'reasoning' });
    expect(final!.usage_metadata?.output_token_details?.reasoning).toBeGreaterThan(0);
  });

  it('streamEvents: on_chat_model_stream chunks carry reasoning content blocks', async () => {
    let reasoning = '';
    for await (const e of hcx007().streamEvents('Why is the sky blue?', { version: 'v2' })) {
      if (e.event !== 'on_chat_model_stream') continue;
      for (const b of (e.data.chunk as AIMessageChunk).contentBlocks)
        if (b.type === 'reasoning') reasoning += b.reasoning;
    }
    expect(reasoning.length).toBeGreaterThan(0);
  });

  it("@ai-sdk/langchain's toUIMessageStream shows the reasoning, then the text", async () => {
    const parts: { type: string }[] = [];
    const reader = toUIMessageStream(await hcx007().stream('Why is the sky blue?')).getReader();
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      parts.push(value);
    }
    const types = parts.map((p) => p.type);
    expect(types).toContain('reasoning-delta');
    expect(types).toContain('text-delta');
    expect(types.indexOf('reasoning-delta')).toBeLessThan(types.indexOf('text-delta'));
  });

  it('reasoning from earlier turns is stripped before sending', async () => {
    await hcx007().invoke([
      new HumanMessage('Why is the sky blue?'),
      new AIMessage({
        content: [
          { type: 'reasoning', reasoning: 'Rayleigh scattering...' },
          { type: 'text', text: 'Because of scattering.' },
        ],
        additional_kwargs: {
          reasoning_content: 'Rayleigh scattering...',
          thinking_content: 'Rayleigh scattering...',
        },
      }),
      new HumanMessage('And at sunset?'),
    ]);
    const sent = (ref.emu.requests.at(-1)!.body as { messages: Record<string, unknown>[] })
      .messages;
    expect(sent[1]).toEqual({ role: 'assistant', content: 'Because of scattering.' });
    expect(ref.emu.requests.at(-1)!.status).toBe(200);
  });

  it('maxTokens is sent as maxCompletionTokens on HCX-007', async () => {
    await hcx007({ maxTokens: 2048 }).invoke('hi');
    const body = ref.emu.requests.at(-1)!.body as Record<string, unknown>;
    expect(body.maxCompletionTokens).toBe(2048);
    expect(body.maxTokens).toBeUndefined();
  });

  it('thinking with tools, structured output or stop: off when unset, a clear error when set', async () => {
    await hcx007().invoke('hi', { stop: ['x'] });
    expect((ref.emu.requests.at(-1)!.body as { thinking: unknown }).thinking).toEqual({
      effort: 'none',
    });
    const tools = [
      {
        name: 'get_weather',
        description: 'weather',
        parameters: { type: 'object', properties: {} },
      },
    ];
    const before = ref.emu.requests.length;
    await expect(
      hcx007({ thinking: { effort: 'high' } })
        .bindTools(tools)
        .invoke('weather?'),
    ).rejects.toThrow(/thinking.*effort 'high' cannot be combined with tools/);
    expect(ref.emu.requests.length).toBe(before);
  });
});
