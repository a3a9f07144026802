import { type Clock, RateBudget } from '@clova-studio/apis';
import { generateText, streamText } from 'ai';
import { expect, it } from 'vitest';
import { useEmulator } from './emulator.ts';

const ctx = useEmulator();

/** A clock whose waits move it on at once. */
function fakeClock(): Clock {
  let now = 0;
  return {
    now: () => now,
    sleep: async (ms) => {
      now += ms;
    },
  };
}

it('`rateLimit` reaches the client: generateText and streamText draw on one budget', async () => {
  const clock = fakeClock();
  const clova = ctx.provider({ rateLimit: new RateBudget({ requestsPerMinute: 1, clock }) });
  await generateText({ model: clova('HCX-005'), prompt: 'Hello' });
  const stream = streamText({ model: clova('HCX-005'), prompt: 'Again' });
  expect((await stream.text).length).toBeGreaterThan(0);
  // one request per (fake) minute: the stream waited a whole window for its turn
  expect(clock.now()).toBeGreaterThanOrEqual(60_000);
  expect(ctx.emu.requests.filter((r) => r.status === 200)).toHaveLength(2);
});
