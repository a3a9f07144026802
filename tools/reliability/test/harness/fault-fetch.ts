import { AsyncLocalStorage } from 'node:async_hooks';
import { FAULT_HEADER } from './emulator.ts';

interface FaultScope {
  /** The fault header, without its `times=N`. */
  header: string;
  /** How many attempts get it. */
  times: number;
  /** Attempts sent so far. */
  sent: number;
}

const scope = new AsyncLocalStorage<FaultScope>();

/**
 * Runs `fn` with `fault` applied by {@link faultFetch} to the HTTP attempts it makes. `times=N`
 * is counted here, per call, rather than by the emulator per request id: the adapters' own
 * retries (LangChain's caller, `ai`'s retry loop) may send each attempt with a new request id.
 */
export function withFault<T>(fault: string | undefined, fn: () => Promise<T>): Promise<T> {
  if (!fault) return fn();
  const times = /(?:^|;)\s*times=(\d+)/.exec(fault);
  const header = fault.replace(/(?:^|;)\s*times=\d+/, '').replace(/^\s*;/, '');
  return scope.run(
    { header, times: times ? Number(times[1]) : Number.POSITIVE_INFINITY, sent: 0 },
    fn,
  );
}

/** A `fetch` that adds the fault of the enclosing {@link withFault} to its first N attempts. */
export const faultFetch: typeof fetch = (input, init) => {
  const fault = scope.getStore();
  if (!fault || fault.sent++ >= fault.times) return fetch(input, init);
  const headers = new Headers(input instanceof Request ? input.headers : undefined);
  for (const [key, value] of new Headers(init?.headers)) headers.set(key, value);
  headers.set(FAULT_HEADER, fault.header);
  return fetch(input, { ...init, headers });
};
