import { RateBudget, scaledClock } from '@clova-studio/apis';
import { embedMany, generateText, streamText } from 'ai';
import { expect, it } from 'vitest';
import { useEmulator } from './emulator.ts';

const ctx = useEmulator();

it('`rateLimit` reaches the client: generateText and streamText draw on one budget', async () => {
  const clock = scaledClock(600); // a minute in a tenth of a second
  const start = clock.now();
  const clova = ctx.provider({ rateLimit: new RateBudget({ requestsPerMinute: 1, clock }) });
  await generateText({ model: clova('HCX-005'), prompt: 'Hello' });
  const stream = streamText({ model: clova('HCX-005'), prompt: 'Again' });
  expect((await stream.text).length).toBeGreaterThan(0);
  // one request per (scaled) minute: the stream waited a whole window for its turn
  expect(clock.now() - start).toBeGreaterThanOrEqual(60_000);
  expect(ctx.emu.requests.filter((r) => r.status === 200)).toHaveLength(2);
});

it('with `rateLimit`, the embedding model adds no limiter of its own: the client budget is the one gate', async () => {
  // 120 requests per scaled minute, a minute lasting a tenth of a second: 100 texts pass at once,
  // where the default 60-per-real-minute limiter would hold 40 of them for a minute
  const clova = ctx.provider({
    rateLimit: new RateBudget({ requestsPerMinute: 120, clock: scaledClock(600) }),
  });
  const values = Array.from({ length: 100 }, (_, i) => `문서 ${i}`);
  const { embeddings } = await embedMany({ model: clova.embeddingModel('bge-m3'), values });
  expect(embeddings).toHaveLength(100);
});
