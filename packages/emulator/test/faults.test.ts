import { describe, expect, it } from 'vitest';
import { FAULT_HEADER } from '../src/index.ts';
import { errorOf, parseSse, post, useEmulator } from './helpers.ts';

const BODY = { messages: [{ role: 'user', content: 'Tell me a long story about the sea' }] };
const PATH = '/v3/chat-completions/HCX-005';
const fault = (value: string, extra: Record<string, string> = {}) => ({
  [FAULT_HEADER]: value,
  ...extra,
});

async function readAll(response: Response): Promise<{ text: string; error: unknown }> {
  const reader = response.body?.getReader();
  const decoder = new TextDecoder();
  let text = '';
  try {
    for (;;) {
      const chunk = await reader?.read();
      if (!chunk || chunk.done) break;
      text += decoder.decode(chunk.value, { stream: true });
    }
    return { text, error: undefined };
  } catch (error) {
    return { text, error };
  }
}

describe('faults by request header', () => {
  const ctx = useEmulator();

  it('answers a status and code with the documented message and Retry-After headers', async () => {
    const response = await post(
      ctx.emu,
      PATH,
      BODY,
      fault('status=429; code=42901; retry-after=1; retry-after-ms=1500'),
    );
    expect(response.headers.get('retry-after')).toBe('1');
    expect(response.headers.get('retry-after-ms')).toBe('1500');
    expect(await errorOf(response)).toEqual({
      status: 429,
      code: '42901',
      message: 'Too many requests - rate exceeded',
    });
    const plain = await post(ctx.emu, PATH, BODY, fault('status=429'));
    expect(plain.headers.get('retry-after')).toBeNull();
    expect((await errorOf(plain)).code).toBe('42901');
    expect(await errorOf(await post(ctx.emu, PATH, BODY, fault('status=500')))).toEqual({
      status: 500,
      code: '50000',
      message: 'Internal server error',
    });
    expect((await post(ctx.emu, PATH, BODY, fault('status=503'))).status).toBe(503);
  });

  it('uses the OpenAI envelope on the OpenAI layer', async () => {
    const response = await post(
      ctx.emu,
      '/v1/openai/chat/completions',
      { model: 'HCX-005', messages: [] },
      fault('status=500; code=50000'),
    );
    expect(await response.json()).toEqual({
      error: { message: 'Internal server error', type: null, param: null, code: '50000' },
    });
  });

  it('answers a 502 with an HTML body', async () => {
    const response = await post(ctx.emu, PATH, BODY, fault('status=502; html'));
    expect(response.status).toBe(502);
    expect(response.headers.get('content-type')).toMatch(/text\/html/);
    expect(await response.text()).toContain('<h1>502 Bad Gateway</h1>');
  });

  it('drops the connection before any header', async () => {
    await expect(post(ctx.emu, PATH, BODY, fault('drop'))).rejects.toThrow();
    expect((await post(ctx.emu, PATH, BODY)).status).toBe(200);
  });

  it('cuts a stream after N events without a terminal event', async () => {
    const response = await post(
      ctx.emu,
      PATH,
      BODY,
      fault('cut-after=3', { accept: 'text/event-stream' }),
    );
    expect(response.status).toBe(200);
    const { text, error } = await readAll(response);
    const events = parseSse(text);
    expect(events).toHaveLength(3);
    expect(events.every((e) => e.event === 'token')).toBe(true);
    expect(error).toBeDefined();
  });

  it('sends an error event after N events', async () => {
    const response = await post(
      ctx.emu,
      PATH,
      BODY,
      fault('error-after=2; code=50000', { accept: 'text/event-stream' }),
    );
    const events = parseSse(await response.text());
    expect(events.map((e) => e.event)).toEqual(['token', 'token', 'error']);
    expect(JSON.parse(events[2]?.data ?? '{}')).toEqual({
      status: { code: '50000', message: 'Internal server error' },
    });
  });

  it('cuts the OpenAI-style stream too', async () => {
    const response = await post(
      ctx.emu,
      '/v1/openai/chat/completions',
      { model: 'HCX-005', stream: true, messages: BODY.messages },
      fault('error-after=1; code=42901'),
    );
    const text = await response.text();
    expect(text).toContain('"code":"42901"');
    expect(text).not.toContain('[DONE]');
  });

  it('adds latency before the response', async () => {
    const response = await post(ctx.emu, PATH, BODY, fault('latency=20'));
    expect(response.status).toBe(200);
  });

  it('applies only to the first N attempts with the same request id', async () => {
    const headers = fault('status=503; times=2', { 'x-ncp-clovastudio-request-id': 'retry-me' });
    expect((await post(ctx.emu, PATH, BODY, headers)).status).toBe(503);
    expect((await post(ctx.emu, PATH, BODY, headers)).status).toBe(503);
    expect((await post(ctx.emu, PATH, BODY, headers)).status).toBe(200);
    const other = fault('status=503; times=2', { 'x-ncp-clovastudio-request-id': 'another' });
    expect((await post(ctx.emu, PATH, BODY, other)).status).toBe(503);
  });

  it('cuts and errors the skillset stream too (shared SSE writer)', async () => {
    const path = '/v1/skillsets/default/versions/1/final-answer';
    const body = { query: '서울 날씨 알려줘', tokenStream: true };
    const cut = await post(
      ctx.emu,
      path,
      body,
      fault('cut-after=2', { accept: 'text/event-stream' }),
    );
    const { text, error } = await readAll(cut);
    expect(parseSse(text)).toHaveLength(2);
    expect(error).toBeDefined();
    const errored = await post(
      ctx.emu,
      path,
      body,
      fault('error-after=1; code=64500', { accept: 'text/event-stream' }),
    );
    const events = parseSse(await errored.text());
    expect(events.at(-1)?.event).toBe('error');
    expect(JSON.parse(events.at(-1)?.data ?? '{}').status.code).toBe('64500');
  });

  it('applies to tool routes', async () => {
    const response = await post(
      ctx.emu,
      '/v1/api-tools/embedding/v2',
      { text: 'hi' },
      fault('status=429; code=42901'),
    );
    expect((await errorOf(response)).code).toBe('42901');
  });
});

describe('faults by configuration', () => {
  const ctx = useEmulator({
    faults: [
      { path: '/v3/chat-completions/HCX-DASH-002', status: 500, times: 1 },
      { path: '/v1/chat-completions/*', method: 'POST', cutAfter: 1 },
    ],
  });

  it('applies a route fault the configured number of times', async () => {
    expect((await post(ctx.emu, '/v3/chat-completions/HCX-DASH-002', BODY)).status).toBe(500);
    expect((await post(ctx.emu, '/testapp/v3/chat-completions/HCX-DASH-002/', BODY)).status).toBe(
      200,
    );
    expect((await post(ctx.emu, PATH, BODY)).status).toBe(200);
  });

  it('applies a stream fault to matching routes', async () => {
    const response = await post(ctx.emu, '/v1/chat-completions/HCX-003', BODY, {
      accept: 'text/event-stream',
    });
    const { text } = await readAll(response);
    expect(parseSse(text)).toHaveLength(1);
  });
});
