import { APICallError } from '@ai-sdk/provider';
import { RateLimiter } from '@clova-studio/apis';
import { cosineSimilarity, embed, embedMany } from 'ai';
import { describe, expect, it } from 'vitest';
import { useEmulator } from '../test/emulator.ts';

const V2 = '/v1/api-tools/embedding/v2';

describe('ClovaEmbeddingModel', () => {
  const ctx = useEmulator();

  it.each([
    ['bge-m3', V2],
    ['clir-emb-dolphin', '/v1/api-tools/embedding/clir-emb-dolphin'],
    ['clir-sts-dolphin', '/v1/api-tools/embedding/clir-sts-dolphin'],
  ])('embed with %s (Embedding v1 and v2)', async (id, path) => {
    const result = await embed({ model: ctx.clova.embeddingModel(id), value: '서울의 날씨' });
    expect(result.embedding).toHaveLength(1024);
    expect(result.usage.tokens).toBeGreaterThan(0);
    expect(result.providerMetadata?.clovaStudio?.requestId).toEqual(expect.any(String));
    expect(ctx.emu.requests.at(-1)).toMatchObject({ path, body: { text: '서울의 날씨' } });
  });

  it('warns when dimensions differ from the model’s own', async () => {
    const { warnings, embedding } = await embed({
      model: ctx.clova.embedding('bge-m3'),
      value: 'hello',
      dimensions: 512,
    });
    expect(embedding).toHaveLength(1024);
    expect(warnings).toEqual([
      expect.objectContaining({ type: 'unsupported', feature: 'dimensions' }),
    ]);
    const same = await embed({
      model: ctx.clova.embedding('bge-m3'),
      value: 'hello',
      dimensions: 1024,
    });
    expect(same.warnings).toEqual([]);
  });

  it('declares one text per call, in parallel', () => {
    const model = ctx.clova.embeddingModel('bge-m3');
    expect(model.maxEmbeddingsPerCall).toBe(1);
    expect(model.supportsParallelCalls).toBe(true);
  });

  it('errors are APICallErrors', async () => {
    const error = await embed({
      model: ctx.provider({ apiKey: 'nv-wrong' }).embeddingModel('bge-m3'),
      value: 'hello',
    }).catch((e: unknown) => e);
    expect(APICallError.isInstance(error)).toBe(true);
    expect(error).toMatchObject({
      statusCode: 401,
      isRetryable: false,
      url: `${ctx.emu.url}${V2}`,
    });
  });
});

describe('embedMany under a rate limit', () => {
  const LIMIT = 100;
  const ctx = useEmulator({ rateLimits: { perModel: { [V2]: { requestsPerMinute: LIMIT } } } });

  /**
   * A budget on the emulator's clock: waiting for the next window moves the emulator's clock on
   * (once the requests already sent have arrived), so 500 texts take five windows and no minutes.
   */
  function emulatorBudget() {
    let inflight = 0;
    const idle: (() => void)[] = [];
    const trackingFetch: typeof fetch = async (input, init) => {
      inflight++;
      try {
        return await fetch(input, init);
      } finally {
        if (--inflight === 0) for (const wake of idle.splice(0)) wake();
      }
    };
    const limiter = new RateLimiter({
      limit: LIMIT,
      clock: {
        now: () => ctx.emu.clock.now(),
        sleep: async (ms) => {
          if (inflight > 0) await new Promise<void>((resolve) => idle.push(resolve));
          ctx.emu.clock.advance(ms);
        },
      },
    });
    return { fetch: trackingFetch, embeddingRequestsPerMinute: limiter };
  }

  it('embeds 500 texts in order with zero 429s', async () => {
    ctx.emu.reset();
    const values = Array.from({ length: 500 }, (_, i) => `문서 ${i}: 서울 날씨 ${i * 7}`);
    const model = ctx.provider(emulatorBudget()).embeddingModel('bge-m3');
    const { embeddings, usage } = await embedMany({
      model,
      values,
      maxRetries: 0,
    });
    expect(embeddings).toHaveLength(500);
    expect(usage.tokens).toBeGreaterThan(500);
    // order kept: the 137th vector is the 137th text's
    const single = await embed({ model, value: values[137]!, maxRetries: 0 });
    expect(cosineSimilarity(single.embedding, embeddings[137]!)).toBeCloseTo(1, 6);
    const calls = ctx.emu.requests.filter((r) => r.path === V2);
    expect(calls).toHaveLength(501);
    expect(calls.filter((r) => r.status !== 200)).toEqual([]);
  });

  it('without the budget the same batch meets the limit', async () => {
    ctx.emu.reset();
    const error = await embedMany({
      model: ctx.provider({ embeddingRequestsPerMinute: false }).embeddingModel('bge-m3'),
      values: Array.from({ length: LIMIT + 20 }, (_, i) => `text ${i}`),
      maxRetries: 0,
    }).catch((e: unknown) => e);
    expect(error).toMatchObject({ statusCode: 429, isRetryable: true });
  });
});
