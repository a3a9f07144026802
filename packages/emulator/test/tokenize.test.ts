import { describe, expect, it } from 'vitest';
import { countTokens } from '../src/text/tokenizer.ts';
import { errorOf, PNG_DATA_URI, post, useEmulator, WEATHER_TOOL } from './helpers.ts';

describe('token calculators and sliding window', () => {
  const ctx = useEmulator();

  it('chat tokenizer (v1) counts per message, summing to the chat usage', async () => {
    const messages = [
      { role: 'system', content: "- HyperCLOVA X is NAVER's hyperscale AI." },
      { role: 'user', content: 'Hello, what is your name?' },
    ];
    const { status, result } = await (
      await post(ctx.emu, '/v1/api-tools/chat-tokenize/HCX-003', { messages })
    ).json();
    expect(status.code).toBe('20000');
    expect(result.messages.map((m: { role: string }) => m.role)).toEqual(['system', 'user']);
    for (const m of result.messages) expect(m.count).toBeGreaterThan(0);
    const total = result.messages.reduce((n: number, m: { count: number }) => n + m.count, 0);
    const chat = await (await post(ctx.emu, '/v1/chat-completions/HCX-003', { messages })).json();
    expect(chat.result.inputLength).toBe(total);
  });

  it('chat tokenizer v3 counts parts, tools and schema, summing to promptTokens', async () => {
    const messages = [
      { role: 'system', content: 'You are helpful.' },
      {
        role: 'user',
        content: [
          { type: 'image_url', dataUri: { data: PNG_DATA_URI } },
          { type: 'text', text: '내일 서울 날씨 어때?' },
        ],
      },
    ];
    const { result } = await (
      await post(ctx.emu, '/v3/api-tools/chat-tokenize/HCX-005', { messages })
    ).json();
    expect(result.messages[1].content[0]).toMatchObject({ type: 'image_url', count: 1478 });
    expect(result.messages[1].content[1]).toMatchObject({
      type: 'text',
      text: '내일 서울 날씨 어때?',
    });
    const total = result.messages
      .flatMap((m: { content: { count: number }[] }) => m.content)
      .reduce((n: number, p: { count: number }) => n + p.count, 0);
    const chat = await (await post(ctx.emu, '/v3/chat-completions/HCX-005', { messages })).json();
    expect(chat.result.usage.promptTokens).toBe(total);

    const withTools = await (
      await post(ctx.emu, '/v3/api-tools/chat-tokenize/HCX-005', {
        messages: [{ role: 'user', content: 'hi' }],
        tools: [WEATHER_TOOL],
      })
    ).json();
    expect(withTools.result.tools.count).toBeGreaterThan(0);
    const so = await (
      await post(ctx.emu, '/v3/api-tools/chat-tokenize/HCX-007', {
        messages: [{ role: 'user', content: 'hi' }],
        responseFormat: {
          type: 'json',
          schema: { type: 'object', properties: { a: { type: 'string' } } },
        },
      })
    ).json();
    expect(so.result.responseFormat.count).toBeGreaterThan(0);
  });

  it('non-HCX tokenizer counts text with the shared tokenizer', async () => {
    const text = 'CLOVA Studio 토큰 계산기';
    for (const path of ['/v1/api-tools/tokenize/LK-D2', '/v1/api-tools/chat-tokenize/LK-D2']) {
      const { result } = await (await post(ctx.emu, path, { text })).json();
      expect(result.numTokens).toBe(countTokens(text));
    }
    expect(
      await errorOf(await post(ctx.emu, '/v1/api-tools/tokenize/HCX-003', { text })),
    ).toMatchObject({ code: '40084' });
  });

  it('embedding v2 token calculator counts with the same tokenizer', async () => {
    const text = 'CLOVA Studio 임베딩 토큰 1000개';
    const { status, result } = await (
      await post(ctx.emu, '/v1/api-tools/embedding/v2/tokenize', { text })
    ).json();
    expect(status.code).toBe('20000');
    expect(result.numTokens).toBe(countTokens(text));
    const embedding = await (await post(ctx.emu, '/v1/api-tools/embedding/v2', { text })).json();
    expect(embedding.result.inputTokens).toBe(result.numTokens);
  });

  it('sliding window drops the oldest turns and keeps the system message', async () => {
    const long = 'lorem ipsum '.repeat(900);
    const messages = [
      { role: 'system', content: 'Be brief.' },
      { role: 'user', content: long },
      { role: 'assistant', content: long },
      { role: 'user', content: 'And now?' },
    ];
    const { result } = await (
      await post(ctx.emu, '/v1/api-tools/sliding/chat-messages/HCX-003', {
        messages,
        maxTokens: 4000,
      })
    ).json();
    expect(result.messages).toEqual([
      { role: 'system', content: 'Be brief.' },
      { role: 'user', content: 'And now?' },
    ]);
    const kept = await (
      await post(ctx.emu, '/v1/api-tools/sliding/chat-messages/HCX-003', {
        messages: messages.slice(0, 2),
        maxTokens: 10,
      })
    ).json();
    expect(kept.result.messages).toHaveLength(2);
  });

  it('rejects bad calculator input with documented codes', async () => {
    expect(
      await errorOf(await post(ctx.emu, '/v1/api-tools/chat-tokenize/HCX-005', { messages: [] })),
    ).toMatchObject({ code: '40084' });
    expect(
      await errorOf(await post(ctx.emu, '/v3/api-tools/chat-tokenize/HCX-005', { messages: [] })),
    ).toMatchObject({ code: '40001' });
    expect(
      await errorOf(
        await post(ctx.emu, '/v1/api-tools/sliding/chat-messages/HCX-003', {
          messages: [{ role: 'user', content: 'x' }],
          maxTokens: 5000,
        }),
      ),
    ).toMatchObject({ code: '40001' });
    expect(
      await errorOf(
        await post(ctx.emu, '/v1/api-tools/sliding/chat-messages/HCX-003', {
          messages: [{ role: 'user', content: 'word '.repeat(9000) }],
          maxTokens: 100,
        }),
      ),
    ).toMatchObject({ code: '40003' });
  });
});
