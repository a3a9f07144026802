import { type Clock, systemClock } from '../shared/clock.ts';

/**
 * A clock that runs `timeScale` times as fast as real time from `origin` (default now), for a
 * budget against the emulator started with the same `timeScale`: a minute of rate-limit windows
 * then passes in a second at 60×. Processes that share one budget should pass the same `origin`.
 * `timeScale` 1 is the real clock.
 *
 * @example
 * ```ts
 * const client = new ClovaStudio({ rateLimit: { requestsPerMinute: 120, clock: scaledClock(60) } });
 * ```
 */
export function scaledClock(timeScale: number, origin: number = Date.now()): Clock {
  if (!(Number.isFinite(timeScale) && timeScale > 0)) {
    throw new RangeError(`timeScale must be a positive number, got ${String(timeScale)}`);
  }
  if (timeScale === 1) return systemClock;
  return {
    now: () => origin + (Date.now() - origin) * timeScale,
    sleep: (ms, signal) => systemClock.sleep(ms / timeScale, signal),
  };
}
