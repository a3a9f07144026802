import { APICallError } from '@ai-sdk/provider';
import { FAULT_HEADER, startEmulator } from '@clova-studio/emulator';
import { generateText, streamText } from 'ai';
import { describe, expect, it } from 'vitest';
import { useEmulator } from '../test/emulator.ts';
import { helloPrompt, rejectionOf } from '../test/fixtures.ts';
import { isRetryableStatus } from './clova-error.ts';
import { createClovaStudio } from './clova-provider.ts';

describe('isRetryableStatus', () => {
  it('retries 429, 5xx and lost connections, never another 4xx', () => {
    expect([429, 500, 503, undefined].map(isRetryableStatus)).toEqual([true, true, true, true]);
    expect([400, 401, 403, 404, 408, 413].map(isRetryableStatus)).toEqual(Array(6).fill(false));
  });
});

describe('errors', () => {
  const ctx = useEmulator();
  const requestsSince = (n: number) => ctx.emu.requests.slice(n);

  it('401: an APICallError with the CLOVA code, not retried', async () => {
    const before = ctx.emu.requests.length;
    const error = await generateText({
      model: ctx.provider({ apiKey: 'nv-wrong' })('HCX-005'),
      prompt: 'Hello',
    }).catch((e: unknown) => e);
    expect(APICallError.isInstance(error)).toBe(true);
    expect(error).toMatchObject({
      statusCode: 401,
      isRetryable: false,
      data: { code: expect.stringMatching(/^401/), requestId: expect.any(String) },
      url: `${ctx.emu.url}/v3/chat-completions/HCX-005`,
    });
    expect((error as APICallError).responseBody).toContain('"status"');
    expect(requestsSince(before)).toHaveLength(1);
  });

  it('400: not retried by ai', async () => {
    const before = ctx.emu.requests.length;
    const error = await generateText({
      model: ctx.clova('HCX-005'),
      prompt: 'Hello',
      maxRetries: 3,
      headers: { [FAULT_HEADER]: 'status=400; code=40001' },
    }).catch((e: unknown) => e);
    expect(error).toMatchObject({ statusCode: 400, isRetryable: false, data: { code: '40001' } });
    expect(requestsSince(before)).toHaveLength(1);
  });

  it('429: retryable, with the Retry-After header, and retried by ai', async () => {
    const model = ctx.clova('HCX-005');
    const error = await rejectionOf(
      model.doGenerate({
        prompt: helloPrompt,
        headers: { [FAULT_HEADER]: 'status=429; retry-after=1' },
      }),
    );
    expect(error).toMatchObject({
      statusCode: 429,
      isRetryable: true,
      responseHeaders: expect.objectContaining({ 'retry-after': '1' }),
      data: { code: '42901' },
    });

    const before = ctx.emu.requests.length;
    const { text } = await generateText({
      model,
      prompt: 'Hello',
      // the fault hits the first attempt of this request id only
      headers: { [FAULT_HEADER]: 'status=429; retry-after=1; times=1' },
      providerOptions: { clovaStudio: { requestId: 'retry-after-test' } },
    });
    expect(text.length).toBeGreaterThan(0);
    expect(requestsSince(before).map((r) => r.status)).toEqual([429, 200]);
  });

  it("429 from the service's own rate limit (a reset header, no Retry-After): ai waits for the reset", async () => {
    // one request per emulator minute, the emulator's minute lasting 3 real seconds: ai's own
    // first backoff (2 s) would retry inside the window; the reset hint makes it wait it out
    const limited = await startEmulator({
      timeScale: 20,
      rateLimits: { perModel: { 'HCX-005': { requestsPerMinute: 1 } } },
    });
    try {
      const model = createClovaStudio({ apiKey: limited.apiKey, baseURL: limited.url })('HCX-005');
      await generateText({ model, prompt: 'Hello' });
      const { text } = await generateText({ model, prompt: 'Hello again', maxRetries: 1 });
      expect(text.length).toBeGreaterThan(0);
      expect(limited.requests.map((r) => r.status)).toEqual([200, 429, 200]);
    } finally {
      await limited.close();
    }
  });

  it('5xx and a dropped connection are retryable', async () => {
    const model = ctx.clova('HCX-005');
    const server = await rejectionOf(
      model.doGenerate({ prompt: helloPrompt, headers: { [FAULT_HEADER]: 'status=503' } }),
    );
    expect(server).toMatchObject({ statusCode: 503, isRetryable: true });
    const dropped = await rejectionOf(
      model.doGenerate({ prompt: helloPrompt, headers: { [FAULT_HEADER]: 'drop' } }),
    );
    expect(APICallError.isInstance(dropped)).toBe(true);
    expect(dropped).toMatchObject({ statusCode: undefined, isRetryable: true });
  });

  it('an HTTP error before a stream starts is thrown by doStream (so ai can retry it)', async () => {
    const error = await rejectionOf(
      ctx
        .clova('HCX-005')
        .doStream({ prompt: helloPrompt, headers: { [FAULT_HEADER]: 'status=500' } }),
    );
    expect(error).toMatchObject({ statusCode: 500, isRetryable: true, data: { code: '50000' } });
  });

  it('an in-stream error event becomes an error part, and the stream finishes with error', async () => {
    const result = streamText({
      model: ctx.clova('HCX-005'),
      prompt: 'Tell me about Seoul',
      headers: { [FAULT_HEADER]: 'error-after=3; code=50000' },
      onError: () => {}, // asserted below instead of logged
    });
    const types: string[] = [];
    const errors: unknown[] = [];
    for await (const part of result.fullStream) {
      types.push(part.type);
      if (part.type === 'error') errors.push(part.error);
    }
    expect(errors).toHaveLength(1);
    expect(APICallError.isInstance(errors[0])).toBe(true);
    expect(errors[0]).toMatchObject({ statusCode: 500, data: { code: '50000' } });
    expect(types).toContain('text-delta');
    expect(await result.finishReason).toBe('error');
  });

  it('a stream cut before its result event finishes as interrupted, keeping the text', async () => {
    const result = streamText({
      model: ctx.clova('HCX-005'),
      prompt: 'Tell me about Seoul and Busan',
      headers: { [FAULT_HEADER]: 'cut-after=4' },
    });
    const types = new Set<string>();
    for await (const part of result.fullStream) types.add(part.type);
    expect(types.has('error')).toBe(false);
    expect(await result.finishReason).toBe('interrupted');
    expect((await result.text).length).toBeGreaterThan(0);
  });
});
