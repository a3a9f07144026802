import { beforeAll, describe, expect, it } from 'vitest';
import {
  APITimeoutError,
  APIUserAbortError,
  ClovaStudio,
  InternalServerError,
  models,
  RateLimitError,
} from '../src/index.ts';
import { FAULT, useEmulator } from './helpers/emulator.ts';

const env = useEmulator();
beforeAll(() => env.ready);

const hi = [{ role: 'user' as const, content: 'hi' }];

describe('ClovaStudio client', () => {
  it('groups endpoints by area', () => {
    const c = new ClovaStudio({ apiKey: 'nv-x' });
    expect(typeof c.chat.create).toBe('function');
    expect(typeof c.chat.stream).toBe('function');
    expect(typeof c.chat.v1.create).toBe('function');
    expect(typeof c.openai.chat.completions.create).toBe('function');
    expect(typeof c.tokenizer.chatV3).toBe('function');
    expect(typeof c.slidingWindow.chatMessages).toBe('function');
  });

  it('sends per-request headers and request id', async () => {
    await env.client.chat.create(
      { model: 'HCX-005', messages: hi },
      { requestId: 'req-123', headers: { 'x-trace': 't1' } },
    );
    const sent = env.emulator.requests.at(-1);
    expect(sent?.requestId).toBe('req-123');
    expect(sent?.headers['x-trace']).toBe('t1');
  });

  it('per-request timeout surfaces as APITimeoutError', async () => {
    const err = await env.client.chat
      .create(
        { model: 'HCX-005', messages: hi },
        { timeout: 100, headers: { [FAULT]: 'latency=5000' } },
      )
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(APITimeoutError);
  });

  it('an AbortSignal surfaces as APIUserAbortError', async () => {
    const controller = new AbortController();
    const pending = env.client.chat.create(
      { model: 'HCX-005', messages: hi },
      { signal: controller.signal, headers: { [FAULT]: 'latency=5000' } },
    );
    controller.abort();
    await expect(pending).rejects.toBeInstanceOf(APIUserAbortError);
  });

  it('retries a 429 with the same request id (per-request maxRetries)', async () => {
    const res = await env.client.chat.create(
      { model: 'HCX-005', messages: hi },
      { maxRetries: 2, headers: { [FAULT]: 'status=429; code=42901; retry-after=0; times=1' } },
    );
    expect(res.message.content.length).toBeGreaterThan(0);
    const ids = env.emulator.requests.map((r) => r.requestId);
    expect(ids).toHaveLength(2);
    expect(ids[0]).toBe(ids[1]);
  });

  it('without retries a 429 is RateLimitError, and an HTML 502 is InternalServerError', async () => {
    const client = env.client;
    await expect(
      client.chat.create(
        { model: 'HCX-005', messages: hi },
        { headers: { [FAULT]: 'status=429; code=42901' } },
      ),
    ).rejects.toBeInstanceOf(RateLimitError);
    await expect(
      client.chat.create(
        { model: 'HCX-005', messages: hi },
        { headers: { [FAULT]: 'status=502; html' } },
      ),
    ).rejects.toBeInstanceOf(InternalServerError);
  });
});

describe('models', () => {
  it('exposes the documented capabilities', () => {
    expect(models['HCX-007']).toMatchObject({
      apiVersion: 'v3',
      thinking: true,
      structuredOutputs: true,
      images: false,
      maxOutputTokens: 32_768,
    });
    expect(models['HCX-005']).toMatchObject({ images: true, tools: true, contextWindow: 128_000 });
    expect(models['HCX-DASH-002'].contextWindow).toBe(32_000);
    expect(models['HCX-003']).toMatchObject({
      apiVersion: 'v1',
      contextWindow: 8192,
      tools: false,
    });
    expect(models['HCX-DASH-001'].maxInputTokens).toBe(3500);
    expect(models['bge-m3']).toMatchObject({ kind: 'embedding', dimensions: 1024 });
  });
});

describe('raw responses', () => {
  it('asResponse() gives the unread response on every kind of endpoint, and the data still parses', async () => {
    const c = env.client;
    const calls = [
      () => c.chat.create({ model: 'HCX-005', messages: hi }),
      () => c.embeddings.createV2({ text: 'hello' }),
      () => c.tuning.list(),
      () => c.openai.chat.completions.create({ model: 'HCX-005', messages: hi }),
      () => c.router.route('default', { query: 'weather' }),
    ];
    for (const call of calls) {
      const response = await call().asResponse();
      expect(response.bodyUsed).toBe(false);
      expect(await response.json()).toBeTypeOf('object');
      const { data, response: read } = await call().withResponse();
      expect(data).toBeTypeOf('object');
      expect(read.status).toBe(200);
    }
  });

  it('a validation failure rejects asResponse() too, and nothing is sent', async () => {
    const before = env.emulator.requests.length;
    const p = env.client.chat.create({ model: 'HCX-005', messages: [] });
    await expect(p.asResponse()).rejects.toThrow(/messages/);
    await expect(p).rejects.toThrow(/messages/);
    expect(env.emulator.requests.length).toBe(before);
  });
});
