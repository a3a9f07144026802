import type { EmulatorClock } from './context.js';

/** A clock that follows real time plus whatever tests have added with `advance`. */
export function createClock(): EmulatorClock {
  let offset = 0;
  return {
    now: () => Date.now() + offset,
    advance: (ms: number) => {
      if (Number.isFinite(ms) && ms > 0) offset += ms;
    },
  };
}
