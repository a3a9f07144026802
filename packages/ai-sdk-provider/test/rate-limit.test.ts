import { RateBudget, scaledClock } from '@clova-studio/apis';
import { generateText, streamText } from 'ai';
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
