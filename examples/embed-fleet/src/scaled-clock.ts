import { type Clock, systemClock } from '@clova-studio/apis';

/**
 * A clock that runs `timeScale` times real time from `origin`, like the emulator's with the same
 * `timeScale`: every worker of the fleet gets the same one, so their budget windows agree with
 * the emulator's. `timeScale` 1 is the real clock (the real service).
 */
export function scaledClock(timeScale: number, origin: number): Clock {
  if (timeScale === 1) return systemClock;
  return {
    now: () => origin + (Date.now() - origin) * timeScale,
    sleep: (ms, signal) => systemClock.sleep(ms / timeScale, signal),
  };
}
