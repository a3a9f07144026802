import { APIUserAbortError } from '@clova-studio/core';
import type { Clock } from '../../src/index.ts';

/** A fake clock: `sleep` advances time instantly; the log shows every wait. */
export function fakeClock(): Clock & { sleeps: number[] } {
  let now = 0;
  const sleeps: number[] = [];
  return {
    sleeps,
    now: () => now,
    sleep: async (ms, signal) => {
      if (signal?.aborted) throw new APIUserAbortError('aborted');
      sleeps.push(ms);
      now += ms;
    },
  };
}
