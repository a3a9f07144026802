import type { EmulatorClock } from './context.ts';

/**
 * A clock that runs `timeScale` times as fast as real time (from the moment it is made), plus
 * whatever tests have added with `advance`.
 */
export function createClock(timeScale = 1): EmulatorClock {
  const origin = Date.now();
  let offset = 0;
  return {
    timeScale,
    now: () => origin + (Date.now() - origin) * timeScale + offset,
    advance: (ms: number) => {
      if (Number.isFinite(ms) && ms > 0) offset += ms;
    },
    toRealMs: (ms: number) => ms / timeScale,
  };
}
