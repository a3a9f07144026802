import { APIError, AuthenticationError, BadRequestError, RateLimitError } from '@clova-studio/apis';
import { FAULT_HEADER, startEmulator } from '@clova-studio/emulator';
import { getRetryable, ModelAbortError } from '@langchain/core/errors';
import type { AIMessageChunk } from '@langchain/core/messages';
import { describe, expect, it } from 'vitest';
import { ChatClovaX } from '../src/index.ts';
import { at, useEmulator } from './emulator.ts';

// a slow stream, so an abort lands while the emulator is still answering
const ref = useEmulator({ latency: { firstTokenMs: 0, perTokenMs: 5 } });
const model = (fields: ConstructorParameters<typeof ChatClovaX>[0] = {}) =>
  new ChatClovaX({ ...at(ref.emu), maxRetries: 3, ...fields });
const fault = (directives: string) => ({ headers: { [FAULT_HEADER]: directives } });
const requestsSince = (n: number) => ref.emu.requests.slice(n);

async function rejection(p: Promise<unknown>): Promise<unknown> {
  try {
    await p;
  } catch (error) {
    return error;
  }
  throw new Error('expected a rejection');
}

describe('failure paths', () => {
  it('401: AuthenticationError with status and code, not retried', async () => {
    const n = ref.emu.requests.length;
    const error = await rejection(model({ apiKey: 'nv-wrong' }).invoke('hi'));
    expect(error).toBeInstanceOf(AuthenticationError);
    expect(error).toMatchObject({ status: 401, code: expect.stringMatching(/^401/) });
    expect(getRetryable(error)).toBe(false);
    expect(requestsSince(n)).toHaveLength(1);
  });

  it('400: BadRequestError with the CLOVA code, never retried', async () => {
    const n = ref.emu.requests.length;
    const error = await rejection(model().invoke('hi', fault('status=400; code=40001')));
    expect(error).toBeInstanceOf(BadRequestError);
    expect(error).toMatchObject({ status: 400, code: '40001' });
    expect(getRetryable(error)).toBe(false);
    expect(requestsSince(n)).toHaveLength(1);
  });

  it('429: retried once by LangChain with the same request id, after the Retry-After delay', async () => {
    const sentAt: number[] = [];
    const fetchSpy: typeof fetch = (input, init) => {
      sentAt.push(performance.now());
      return fetch(input, init);
    };
    const n = ref.emu.requests.length;
    const res = await model({ fetch: fetchSpy }).invoke(
      'hi',
      fault('status=429; retry-after=2; times=1'),
    );
    expect((res.content as string).length).toBeGreaterThan(0);
    const attempts = requestsSince(n);
    expect(attempts.map((r) => r.status)).toEqual([429, 200]);
    expect(attempts[0]!.requestId).toBe(attempts[1]!.requestId);
    // the retry waited at least the 2 s the server asked for (LangChain's own backoff is < 2 s)
    expect(sentAt[1]! - sentAt[0]!).toBeGreaterThanOrEqual(1990);
  });

  it("429 from the service's own rate limit (a reset header, no Retry-After): LangChain waits for the reset and retries", async () => {
    // one request per emulator minute, the emulator's minute lasting one real second
    const limited = await startEmulator({
      timeScale: 60,
      rateLimits: { perModel: { 'HCX-005': { requestsPerMinute: 1 } } },
    });
    try {
      const chat = new ChatClovaX({ ...at(limited), model: 'HCX-005' });
      await chat.invoke('hi');
      const res = await chat.invoke('hi again');
      expect((res.content as string).length).toBeGreaterThan(0);
      expect(limited.requests.map((r) => r.status)).toEqual([200, 429, 200]);
    } finally {
      await limited.close();
    }
  });

  it('429 without Retry-After surfaces as a RateLimitError keeping status and headers', async () => {
    const error = await rejection(model({ maxRetries: 0 }).invoke('hi', fault('status=429')));
    expect(error).toBeInstanceOf(RateLimitError);
    expect((error as RateLimitError).status).toBe(429);
    expect((error as RateLimitError).headers).toBeInstanceOf(Headers);
    expect(getRetryable(error)).toBe(true);
  });

  it('5xx: retried, then succeeds', async () => {
    const n = ref.emu.requests.length;
    await model().invoke('hi', fault('status=503; times=1'));
    expect(requestsSince(n).map((r) => r.status)).toEqual([503, 200]);
  });

  it('in-stream error: the stream throws a typed APIError with the CLOVA code, after the chunks it sent', async () => {
    const n = ref.emu.requests.length;
    const chunks: AIMessageChunk[] = [];
    const error = await rejection(
      (async () => {
        for await (const c of await model().stream(
          'Tell me about Seoul',
          fault('error-after=3; code=50000'),
        ))
          chunks.push(c);
      })(),
    );
    expect(error).toBeInstanceOf(APIError);
    expect(error).toMatchObject({ code: '50000', status: 500 });
    expect(chunks.length).toBeGreaterThan(0);
    expect(requestsSince(n)).toHaveLength(1);
  });

  it('a stream cut before its result event throws instead of ending silently', async () => {
    const error = await rejection(
      (async () => {
        for await (const _ of await model().stream('Tell me about Seoul', fault('cut-after=2'))) {
          // read
        }
      })(),
    );
    expect(error).toBeInstanceOf(Error);
  });

  it('abort: a pre-aborted signal rejects invoke with ModelAbortError, sending nothing', async () => {
    const n = ref.emu.requests.length;
    const error = await rejection(model()._generate([], { signal: AbortSignal.abort() } as never));
    expect(ModelAbortError.isInstance(error)).toBe(true);
    await expect(model().invoke('hi', { signal: AbortSignal.abort() })).rejects.toThrow();
    expect(requestsSince(n)).toHaveLength(0);
  });

  it('abort mid-stream ends the stream promptly with ModelAbortError carrying the partial output', async () => {
    const controller = new AbortController();
    const m = model();
    const chunks: AIMessageChunk[] = [];
    const error = await rejection(
      (async () => {
        const stream = m._streamResponseChunks(
          [new (await import('@langchain/core/messages')).HumanMessage('Tell me about Seoul')],
          { signal: controller.signal } as never,
        );
        for await (const c of stream) {
          chunks.push(c.message as AIMessageChunk);
          controller.abort();
        }
      })(),
    );
    expect(ModelAbortError.isInstance(error)).toBe(true);
    expect(chunks).toHaveLength(1);
    expect((error as ModelAbortError).partialOutput?.text).toBe(chunks[0]!.text);
  });

  it('abort mid-stream through .stream() and a pre-aborted stream: ModelAbortError', async () => {
    const controller = new AbortController();
    let n = 0;
    const error = await rejection(
      (async () => {
        for await (const _ of await model().stream('Tell me about Seoul', {
          signal: controller.signal,
        })) {
          n++;
          controller.abort();
        }
      })(),
    );
    expect(n).toBe(1);
    expect(ModelAbortError.isInstance(error)).toBe(true);
    expect((error as ModelAbortError).partialOutput).toBeDefined();
    await expect.poll(() => ref.emu.requests.at(-1)?.aborted).toBe(true);
    const pre = await rejection(
      (async () => {
        for await (const _ of await model().stream('hi', { signal: AbortSignal.abort() })) n++;
      })(),
    );
    expect(ModelAbortError.isInstance(pre)).toBe(true);
    expect(n).toBe(1);
  });
});
