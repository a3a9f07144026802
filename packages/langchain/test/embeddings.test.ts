import { type Clock, RateLimiter } from '@clova-studio/apis';
import { startEmulator } from '@clova-studio/emulator';
import { describe, expect, it } from 'vitest';
import { ClovaXEmbeddings } from '../src/index.ts';
import { at, useEmulator } from './emulator.ts';

// every route limited to 10 requests per emulator minute
const ref = useEmulator({ rateLimits: { requestsPerMinute: 10 } });

/** A limiter clock that moves the emulator's clock with it, so a minute's wait takes no time. */
function sharedClock(advance: (ms: number) => void): Clock {
  let now = 0;
  return {
    now: () => now,
    sleep: async (ms) => {
      now += ms;
      advance(ms);
    },
  };
}

describe('ClovaXEmbeddings', () => {
  it('embedQuery and embedDocuments (v1 and v2): N vectors for N texts, equal dimensions', async () => {
    ref.emu.reset();
    for (const model of ['clir-emb-dolphin', 'clir-sts-dolphin', 'bge-m3'] as const) {
      const embeddings = new ClovaXEmbeddings({ ...at(ref.emu), model });
      const q = await embeddings.embedQuery('What is HyperCLOVA X?');
      expect(q).toHaveLength(1024);
      const docs = await embeddings.embedDocuments(['Seoul', 'Busan']);
      expect(docs.map((d) => d.length)).toEqual([1024, 1024]);
      ref.emu.clock.advance(60_000);
    }
    expect(ref.emu.requests.map((r) => r.path)).toContain('/v1/api-tools/embedding/v2');
  });

  it('a large ingest stays within the requests-per-minute budget: zero 429s, order kept', async () => {
    ref.emu.reset();
    ref.emu.clock.advance(60_000);
    const texts = Array.from({ length: 25 }, (_, i) => `Document number ${i} about city ${i % 5}`);
    const limiter = new RateLimiter({
      limit: 10,
      clock: sharedClock((ms) => ref.emu.clock.advance(ms)),
    });
    const embeddings = new ClovaXEmbeddings({ ...at(ref.emu), limiter, maxConcurrency: 4 });
    const vectors = await embeddings.embedDocuments(texts);
    expect(vectors).toHaveLength(25);
    const statuses = ref.emu.requests.map((r) => r.status);
    expect(statuses.filter((s) => s === 429)).toHaveLength(0);
    expect(statuses).toHaveLength(25);
    // order: each vector equals the vector of its own text
    ref.emu.clock.advance(60_000);
    expect(await embeddings.embedQuery(texts[17]!)).toEqual(vectors[17]);
    expect(await embeddings.embedQuery(texts[3]!)).toEqual(vectors[3]);
  });

  it('without the budget the same ingest would meet 429s (the limit is real)', async () => {
    ref.emu.reset();
    ref.emu.clock.advance(60_000);
    const embeddings = new ClovaXEmbeddings({
      ...at(ref.emu),
      requestsPerMinute: 1000,
      maxRetries: 0,
    });
    await expect(
      embeddings.embedDocuments(Array.from({ length: 12 }, (_, i) => `text ${i}`)),
    ).rejects.toMatchObject({ status: 429 });
  });

  it('retries what failed (a 503) with the same request id, keeping order', async () => {
    const emu = await startEmulator({
      rateLimits: false,
      faults: [{ path: '/v1/api-tools/embedding/*', status: 503, times: 1 }],
    });
    try {
      const embeddings = new ClovaXEmbeddings({ ...at(emu), maxRetries: 2 });
      const vectors = await embeddings.embedDocuments(['alpha', 'beta', 'gamma']);
      expect(vectors).toHaveLength(3);
      expect(emu.requests.map((r) => r.status).sort()).toEqual([200, 200, 200, 503]);
      const failed = emu.requests.find((r) => r.status === 503)!;
      expect(
        emu.requests.filter((r) => r.requestId === failed.requestId).map((r) => r.status),
      ).toEqual([503, 200]);
      expect(vectors[1]).toEqual(await embeddings.embedQuery('beta'));
    } finally {
      await emu.close();
    }
  });
});
