import type { APIError, ClovaStudioError, RateLimitError } from '@clova-studio/apis';
import { SLACK_MS } from './scale.ts';

/** An error class the campaign expects (any of the SDK's typed errors). */
export type ErrorClass = abstract new (...args: never[]) => ClovaStudioError;

/** What a case must end with: the fault-free answer, or a typed error with these fields. */
export type Expected =
  | { ok: true }
  | {
      error: ErrorClass;
      /** The error must not be an instance of this (e.g. a connection error that is no timeout). */
      not?: ErrorClass;
      status?: number;
      code?: string;
      /** For a {@link RateLimitError}: the delay it reports (`null`: none). */
      retryAfterMs?: number | null;
    };

/** How a call ended. */
export interface Outcome {
  text?: string;
  error?: unknown;
  /** Wall time of the call, ms. */
  ms: number;
  /** Attempts the server saw. */
  attempts?: number;
  /** Text deltas received before the end. */
  deltas?: readonly string[];
}

/** The bounds a case states. */
export interface Bounds {
  /** Attempts the server must see: exactly n, or a [min, max] range. */
  attempts?: number | readonly [number, number];
  /** The call must take at least this long (a delay was honoured). */
  minMs?: number;
  /** The call must end within this plus {@link SLACK_MS}. */
  maxMs: number;
  /** The deltas received before a failure must be a prefix of the fault-free answer. */
  partial?: boolean;
}

const describeError = (e: unknown) =>
  e instanceof Error ? `${e.name}: ${e.message.slice(0, 200)}` : String(e);

/**
 * Checks an outcome against what was expected; returns what is wrong, or `undefined` when the
 * outcome is the expected one within the bounds.
 */
export function judge(
  expected: Expected,
  bounds: Bounds,
  outcome: Outcome,
  answer: string,
): string | undefined {
  if ('ok' in expected) {
    if (outcome.error !== undefined) return `threw ${describeError(outcome.error)}`;
    if (outcome.text !== answer)
      return `answer ${JSON.stringify(outcome.text)} ≠ fault-free answer`;
  } else {
    const e = outcome.error;
    if (e === undefined) return `resolved, expected ${expected.error.name}`;
    if (!(e instanceof expected.error)) {
      return `threw ${describeError(e)}, expected ${expected.error.name}`;
    }
    if (expected.not && e instanceof expected.not) return `threw ${describeError(e)}`;
    if (expected.status !== undefined && (e as APIError).status !== expected.status) {
      return `status ${(e as APIError).status}, expected ${expected.status}`;
    }
    if (expected.code !== undefined && (e as APIError).code !== expected.code) {
      return `code ${(e as APIError).code}, expected ${expected.code}`;
    }
    if (expected.retryAfterMs !== undefined) {
      const got = (e as RateLimitError).retryAfterMs ?? null;
      if (got !== expected.retryAfterMs) {
        return `retryAfterMs ${got}, expected ${expected.retryAfterMs}`;
      }
    }
    if (!e.requestId) return `${e.name} has no requestId`;
    if (bounds.partial && !answer.startsWith((outcome.deltas ?? []).join(''))) {
      return 'the deltas before the failure are not a prefix of the fault-free answer';
    }
  }
  const { attempts } = bounds;
  if (attempts !== undefined && outcome.attempts !== undefined) {
    const [lo, hi] = typeof attempts === 'number' ? [attempts, attempts] : attempts;
    if (outcome.attempts < lo || outcome.attempts > hi) {
      return `${outcome.attempts} attempts, expected ${lo === hi ? lo : `${lo}–${hi}`}`;
    }
  }
  // timers may fire a millisecond or two early against performance.now()
  if (bounds.minMs !== undefined && outcome.ms < bounds.minMs - 5) {
    return `took ${outcome.ms.toFixed(0)} ms, less than the ${bounds.minMs} ms it had to wait`;
  }
  if (outcome.ms > bounds.maxMs + SLACK_MS) {
    return `took ${outcome.ms.toFixed(0)} ms, more than ${bounds.maxMs} ms + ${SLACK_MS} ms slack`;
  }
  return undefined;
}
