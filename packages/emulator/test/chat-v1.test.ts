import { describe, expect, it } from 'vitest';
import { errorOf, post, stream, useEmulator } from './helpers.ts';

describe('Chat Completions v1', () => {
  const ctx = useEmulator();
  const messages = [
    { role: 'system', content: "- HyperCLOVA X is NAVER's hyperscale AI." },
    { role: 'user', content: 'Hello, what is your name?' },
  ];

  it('answers the documented request with the documented fields', async () => {
    const response = await post(ctx.emu, '/v1/chat-completions/HCX-003', {
      messages,
      topP: 0.8,
      topK: 0,
      maxTokens: 256,
      temperature: 0.5,
      repeatPenalty: 5.0,
      stopBefore: [],
      includeAiFilters: true,
      seed: 7,
    });
    expect(response.status).toBe(200);
    const { status, result } = await response.json();
    expect(status).toEqual({ code: '20000', message: 'OK' });
    expect(result.message.role).toBe('assistant');
    expect(result.message.content.length).toBeGreaterThan(0);
    expect(result.stopReason).toBe('stop_before');
    expect(result.inputLength).toBeGreaterThan(0);
    expect(result.outputLength).toBeGreaterThan(0);
    expect(result.seed).toBe(7);
    expect(result.aiFilter).toHaveLength(3);
    expect(result.usage).toBeUndefined();
    expect(result.finishReason).toBeUndefined();
  });

  it('reports stopReason length at maxTokens (default 100)', async () => {
    const { result } = await (
      await post(ctx.emu, '/v1/chat-completions/HCX-DASH-001', { messages, maxTokens: 2 })
    ).json();
    expect(result.stopReason).toBe('length');
    expect(result.outputLength).toBe(2);
  });

  it('streams token events with running counts, one result, then signal [DONE]', async () => {
    const { events, text } = await stream(ctx.emu, '/v1/chat-completions/HCX-003', { messages });
    expect(text).not.toMatch(/^(id|event|data): /m);
    const tokens = events.filter((e) => e.event === 'token').map((e) => JSON.parse(e.data));
    expect(tokens.length).toBeGreaterThan(1);
    tokens.forEach((t, i) => {
      expect(t).toMatchObject({
        index: 0,
        outputLength: i + 1,
        stopReason: null,
        message: { role: 'assistant' },
      });
    });
    const result = events.at(-2);
    expect(result?.event).toBe('result');
    const data = JSON.parse(result?.data ?? '{}');
    expect(data.message.content).toBe(tokens.map((t) => t.message.content).join(''));
    expect(events.at(-1)).toMatchObject({ event: 'signal', data: '{"data":"[DONE]"}' });
  });

  it('serves v1 and v2 tuned tasks', async () => {
    for (const v of ['v1', 'v2']) {
      const response = await post(ctx.emu, `/${v}/tasks/t1a2b3c4/chat-completions`, { messages });
      expect(response.status).toBe(200);
    }
  });

  const cases: [string, string, unknown, string, string][] = [
    [
      'temperature 0 (not allowed on v1)',
      '/v1/chat-completions/HCX-003',
      { messages, temperature: 0 },
      '40001',
      'Invalid parameter: temperature',
    ],
    [
      'repeatPenalty above 10',
      '/v1/chat-completions/HCX-003',
      { messages, repeatPenalty: 11 },
      '40001',
      'Invalid parameter: repeatPenalty',
    ],
    [
      'maxTokens 0',
      '/v1/chat-completions/HCX-003',
      { messages, maxTokens: 0 },
      '40001',
      'Invalid parameter: maxTokens',
    ],
    [
      'content that is not a string',
      '/v1/chat-completions/HCX-003',
      { messages: [{ role: 'user', content: [] }] },
      '40001',
      'Invalid parameter: messages.content',
    ],
    [
      'a tool role',
      '/v1/chat-completions/HCX-003',
      { messages: [{ role: 'tool', content: 'x' }] },
      '40001',
      'Invalid parameter: messages.role',
    ],
    [
      'a v3 model',
      '/v1/chat-completions/HCX-005',
      { messages },
      '40084',
      'Unsupported API for model',
    ],
    ['an unknown model', '/v1/chat-completions/nope', { messages }, '40080', 'Model not found'],
    [
      'a context that is too long',
      '/v1/chat-completions/HCX-DASH-001',
      { messages: [{ role: 'user', content: 'word '.repeat(3600) }] },
      '40003',
      'Context length exceeded',
    ],
  ];
  it.each(cases)('rejects %s', async (_n, path, body, code, message) => {
    const e = await errorOf(await post(ctx.emu, path, body));
    expect(e).toEqual({ status: 400, code, message });
  });
});

describe('Completions (LK models)', () => {
  const ctx = useEmulator();

  it('continues the text and reports the lengths and tokens', async () => {
    const response = await post(ctx.emu, '/v1/completions/LK-D2', {
      text: 'Write a short note about autumn',
      start: '\n',
      restart: '',
      includeTokens: true,
      maxTokens: 50,
      includeAiFilters: true,
    });
    expect(response.status).toBe(200);
    const { result } = await response.json();
    expect(result.text.startsWith('Write a short note about autumn\n')).toBe(true);
    expect(result.text).toBe(result.inputText + result.outputText);
    expect(result.outputText).toMatch(/autumn/i);
    expect(result.outputTokens.length).toBe(result.outputLength);
    expect(result.inputTokens.length).toBeGreaterThan(0);
    expect(['length', 'stop_before']).toContain(result.stopReason);
    expect(result.aiFilter).toHaveLength(3);
  });

  it('serves tuned tasks and rejects chat models and a missing text', async () => {
    expect((await post(ctx.emu, '/v1/tasks/abcd1234/completions', { text: 'hello' })).status).toBe(
      200,
    );
    expect(
      await errorOf(await post(ctx.emu, '/v1/completions/HCX-003', { text: 'x' })),
    ).toMatchObject({ code: '40084' });
    expect(await errorOf(await post(ctx.emu, '/v1/completions/LK-D2', {}))).toMatchObject({
      code: '40001',
    });
    expect(
      await errorOf(await post(ctx.emu, '/v1/completions/LK-D2', { text: ' ' })),
    ).toMatchObject({ code: '40004' });
  });
});
