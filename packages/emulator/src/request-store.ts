import type { RecordedRequest } from './context.ts';
import { MAX_RECORDED_BODY_CHARS } from './http/body.ts';

/** Default of `recordRequests`: how many requests `requests` holds (past it, the oldest half is dropped). */
export const MAX_RECORDED = 10_000;

/**
 * Most body bytes the request log holds in all: 64 MiB (past it, the oldest requests are dropped).
 * Each body counts at most {@link MAX_RECORDED_BODY_CHARS} (a larger one is kept truncated).
 */
export const MAX_RECORDED_BYTES = 64 * 1024 * 1024;

/** The live request log of a running emulator, bounded by count (`keep`) and by body bytes. */
export interface RequestStore {
  /** The recorded requests, oldest first (the array `RunningEmulator.requests` exposes). */
  readonly requests: RecordedRequest[];
  /** Adds a request whose body had `bodyBytes` bytes, dropping the oldest ones past the caps. */
  record(request: RecordedRequest, bodyBytes: number): void;
  /** Empties the log. */
  clear(): void;
}

/** A request log keeping at most `keep` requests (0: none) and {@link MAX_RECORDED_BYTES} of bodies. */
export function createRequestStore(keep: number, maxBytes = MAX_RECORDED_BYTES): RequestStore {
  const requests: RecordedRequest[] = [];
  // what each request counts against maxBytes, in the order of `requests`
  const sizes: number[] = [];
  let total = 0;
  const drop = (count: number) => {
    requests.splice(0, count);
    for (const size of sizes.splice(0, count)) total -= size;
  };
  return {
    requests,
    record(request, bodyBytes) {
      if (keep <= 0) return;
      if (requests.length >= keep) drop(Math.ceil(keep / 2));
      const size = Math.min(bodyBytes, MAX_RECORDED_BODY_CHARS);
      let freed = 0;
      let over = 0;
      while (over < sizes.length && total - freed + size > maxBytes) freed += sizes[over++] ?? 0;
      if (over) drop(over);
      requests.push(request);
      sizes.push(size);
      total += size;
    },
    clear() {
      drop(requests.length);
    },
  };
}
