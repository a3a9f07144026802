import { APIUserAbortError } from '@clova-studio/core';

/** A source of time that can wait; injectable so that waits can run on a fake clock in tests. */
export interface Clock {
  /** Current time in milliseconds. */
  now(): number;
  /** Resolves after `ms` milliseconds; rejects with `APIUserAbortError` when `signal` aborts. */
  sleep(ms: number, signal?: AbortSignal): Promise<void>;
}

/** Throws `APIUserAbortError` if `signal` has aborted. */
export function throwIfAborted(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw new APIUserAbortError('Request was aborted', { cause: signal.reason });
}

/** The real clock: `Date.now()` and `setTimeout`. */
export const systemClock: Clock = {
  now: () => Date.now(),
  sleep: (ms, signal) =>
    new Promise<void>((resolve, reject) => {
      throwIfAborted(signal); // a throw here rejects the promise
      const onAbort = (): void => {
        clearTimeout(timer);
        reject(new APIUserAbortError('Request was aborted', { cause: signal?.reason }));
      };
      const timer = setTimeout(
        () => {
          signal?.removeEventListener('abort', onAbort);
          resolve();
        },
        Math.max(0, ms),
      );
      signal?.addEventListener('abort', onAbort, { once: true });
    }),
};
