import { RateBudget, scaledClock } from '@clova-studio/apis';
import { expect, it } from 'vitest';
import { ChatClovaX } from '../src/index.ts';
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
