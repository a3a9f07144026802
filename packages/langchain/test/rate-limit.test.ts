import { RateBudget, scaledClock } from '@clova-studio/apis';
import { expect, it } from 'vitest';
import { ChatClovaX, ClovaXEmbeddings } from '../src/index.ts';
import { at, useEmulator } from './emulator.ts';

const ref = useEmulator();

it('`rateLimit` reaches the client: invoke and stream draw on one budget', async () => {
  const clock = scaledClock(600); // a minute in a tenth of a second
  const start = clock.now();
  const budget = new RateBudget({ requestsPerMinute: 1, clock });
  const model = new ChatClovaX({ ...at(ref.emu), model: 'HCX-005', rateLimit: budget });
  await model.invoke('Hello');
  for await (const _ of await model.stream('Again')) {
    // drain
  }
  // one request per (scaled) minute: the stream waited a whole window for its turn
  expect(clock.now() - start).toBeGreaterThanOrEqual(60_000);
  expect(ref.emu.requests.map((r) => r.path)).toEqual([
    '/v3/chat-completions/HCX-005',
    '/v3/chat-completions/HCX-005',
  ]);
});

it('with `rateLimit`, ClovaXEmbeddings adds no limiter of its own: the client budget is the one gate', async () => {
  // 120 requests per scaled minute, a minute lasting a tenth of a second: 100 texts pass at once,
  // where the default 60-per-real-minute limiter would hold 40 of them for a minute
  const rateLimit = new RateBudget({ requestsPerMinute: 120, clock: scaledClock(600) });
  const embeddings = new ClovaXEmbeddings({ ...at(ref.emu), model: 'bge-m3', rateLimit });
  expect(embeddings.limiter).toBeUndefined();
  const texts = Array.from({ length: 100 }, (_, i) => `문서 ${i}`);
  expect(await embeddings.embedDocuments(texts)).toHaveLength(100);
  // an explicit requestsPerMinute still applies on top
  expect(
    new ClovaXEmbeddings({ ...at(ref.emu), rateLimit, requestsPerMinute: 30 }).limiter,
  ).toBeDefined();
});
