import { describe, expect, it } from 'vitest';
import { createApp } from '../src/index.ts';
import { errorOf, post, useEmulator } from './helpers.ts';

describe('routing', () => {
  it("uses Hono's RegExpRouter (no route forces the whole app onto the slower TrieRouter)", async () => {
    const { app } = createApp({
      credentials: { apiKeys: ['nv-key'], legacyKeys: [] },
      clock: { timeScale: 1, now: () => 0, advance: () => undefined, toRealMs: (ms) => ms },
      latency: { firstTokenMs: 0, perTokenMs: 0 },
      rateLimits: false,
      scripts: [],
      faults: [],
      record: () => undefined,
    });
    await app.request('/v1/openai/models', { headers: { authorization: 'Bearer nv-key' } });
    expect(app.router.name).toBe('SmartRouter + RegExpRouter');
  });

  const ctx = useEmulator();

  it('serves the embedding v2 token counter beside embedding/{model}, and nothing else there', async () => {
    const counted = await post(ctx.emu, '/v1/api-tools/embedding/v2/tokenize', { text: '안녕' });
    expect(counted.status).toBe(200);
    const other = await post(ctx.emu, '/v1/api-tools/embedding/clir-emb-dolphin/tokenize', {
      text: '안녕',
    });
    expect(other.status).toBe(404);
    expect((await errorOf(other)).code).toBe('40400');
  });
});
