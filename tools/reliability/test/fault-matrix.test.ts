// The fault matrix: each fault the emulator can inject, on every chat route of the client
// (native v3 and /v1/openai, JSON and streamed), with the outcome it must have, the attempts the
// emulator must see and the time it may take (a bound, not a speed test: "gave up within the
// timeout + slack"). Faults the emulator cannot make are in raw-faults.test.ts.

import { randomUUID } from 'node:crypto';
import {
  APIConnectionError,
  APIError,
  APITimeoutError,
  APIUserAbortError,
  BadRequestError,
  type ClovaStudioOptions,
  InternalServerError,
  RateLimitError,
  StreamTruncatedError,
} from '@clova-studio/apis';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { callRoute, ROUTES, type Route, STREAM_ROUTES } from './harness/calls.ts';
import { clientFor, useEmulator } from './harness/emulator.ts';
import { type Bounds, type Expected, judge } from './harness/judge.ts';
import { caseTest } from './harness/known-defects.ts';
import { runCase } from './harness/run-case.ts';
import { SLACK_MS } from './harness/scale.ts';
import { tally } from './harness/tally.ts';

/** One row of the matrix. */
interface Case extends Bounds {
  /** The fault, in words. */
  fault: string;
  /** The `x-clova-emulator-fault` header sent. */
  header?: string;
  /** Routes the case runs on (default: all four). */
  routes?: readonly Route[];
  /** Client options over the campaign's (two retries, 20–100 ms backoff, 5 s timeouts). */
  client?: ClovaStudioOptions;
  /** The expected outcome, in words. */
  expected: string;
  expect: Expected;
  /** Abort the call: before it starts, after `afterMs`, or at the first text delta. */
  abort?: 'before' | { afterMs: number } | 'first-delta';
}

const OK: Expected = { ok: true };
const BACKOFF = 100; // the campaign client's largest backoff, ms

const CASES: readonly Case[] = [
  {
    fault: '429 with Retry-After: 1 (s), once',
    header: 'status=429; retry-after=1; times=1',
    expected: 'retried after the 1 s asked, then the fault-free answer',
    expect: OK,
    attempts: 2,
    minMs: 1000,
    maxMs: 1000,
  },
  {
    fault: '429 with retry-after-ms: 300, once',
    header: 'status=429; retry-after-ms=300; times=1',
    expected: 'retried after the 300 ms asked, then the fault-free answer',
    expect: OK,
    attempts: 2,
    minMs: 300,
    maxMs: 300,
  },
  {
    fault: '429 with Retry-After: 1 (s), every attempt, maxRetries 0',
    header: 'status=429; retry-after=1',
    client: { maxRetries: 0 },
    expected: 'RateLimitError 429 42901 with retryAfterMs 1000, at once',
    expect: { error: RateLimitError, status: 429, code: '42901', retryAfterMs: 1000 },
    attempts: 1,
    maxMs: 0,
  },
  {
    fault: '429 without Retry-After, once',
    header: 'status=429; times=1',
    expected: 'retried after a backoff, then the fault-free answer',
    expect: OK,
    attempts: 2,
    maxMs: BACKOFF,
  },
  {
    fault: '429 without Retry-After, every attempt',
    header: 'status=429',
    expected: 'RateLimitError 429 42901 without retryAfterMs after 3 attempts',
    expect: { error: RateLimitError, status: 429, code: '42901', retryAfterMs: null },
    attempts: 3,
    maxMs: 2 * BACKOFF,
  },
  {
    fault: '500 with a JSON body, once',
    header: 'status=500; times=1',
    expected: 'retried, then the fault-free answer',
    expect: OK,
    attempts: 2,
    maxMs: BACKOFF,
  },
  {
    fault: '500 with a JSON body, every attempt',
    header: 'status=500',
    expected: 'InternalServerError 500 50000 after 3 attempts',
    expect: { error: InternalServerError, status: 500, code: '50000' },
    attempts: 3,
    maxMs: 2 * BACKOFF,
  },
  {
    fault: '502 with an HTML body, once',
    header: 'status=502; html; times=1',
    expected: 'retried, then the fault-free answer',
    expect: OK,
    attempts: 2,
    maxMs: BACKOFF,
  },
  {
    fault: '502 with an HTML body, every attempt',
    header: 'status=502; html',
    expected: 'InternalServerError 502 after 3 attempts',
    expect: { error: InternalServerError, status: 502 },
    attempts: 3,
    maxMs: 2 * BACKOFF,
  },
  {
    fault: '503 with a JSON body, every attempt',
    header: 'status=503',
    expected: 'InternalServerError 503 50300 after 3 attempts',
    expect: { error: InternalServerError, status: 503, code: '50300' },
    attempts: 3,
    maxMs: 2 * BACKOFF,
  },
  {
    fault: '400 40001 (final)',
    header: 'status=400; code=40001',
    expected: 'BadRequestError 400 40001, not retried',
    expect: { error: BadRequestError, status: 400, code: '40001' },
    attempts: 1,
    maxMs: 0,
  },
  {
    fault: 'connection reset before the headers, once',
    header: 'drop; times=1',
    expected: 'retried, then the fault-free answer',
    expect: OK,
    attempts: 2,
    maxMs: BACKOFF,
  },
  {
    fault: 'connection reset before the headers, every attempt',
    header: 'drop',
    expected: 'APIConnectionError (no timeout) after 3 attempts',
    expect: { error: APIConnectionError, not: APITimeoutError },
    attempts: 3,
    maxMs: 2 * BACKOFF,
  },
  {
    fault: 'slow headers (4 s) with timeout 1 s, once',
    header: 'latency=4000; times=1',
    client: { timeout: 1000 },
    expected: 'the attempt times out, the retry gets the fault-free answer',
    expect: OK,
    attempts: [1, 2],
    minMs: 1000,
    maxMs: 1000 + BACKOFF,
  },
  {
    fault: 'slow headers (4 s) with timeout 1 s, every attempt, maxRetries 1',
    header: 'latency=4000',
    client: { timeout: 1000, maxRetries: 1 },
    expected: 'APITimeoutError after 2 attempts of 1 s',
    expect: { error: APITimeoutError },
    attempts: [0, 2],
    minMs: 2000,
    maxMs: 2000 + BACKOFF,
  },
  {
    fault: 'stream cut after 3 events (no terminal event)',
    header: 'cut-after=3',
    routes: STREAM_ROUTES,
    expected: 'StreamTruncatedError after the first deltas, not retried',
    expect: { error: StreamTruncatedError },
    attempts: 1,
    partial: true,
    maxMs: 0,
  },
  {
    fault: 'in-stream error event 50000 after 2 events',
    header: 'error-after=2; code=50000',
    routes: STREAM_ROUTES,
    expected: 'InternalServerError 50000 after the first deltas, not retried',
    expect: { error: InternalServerError, status: 500, code: '50000' },
    attempts: 1,
    partial: true,
    maxMs: 0,
  },
  {
    fault: 'in-stream error event 42901 after 1 event',
    header: 'error-after=1; code=42901',
    routes: STREAM_ROUTES,
    expected: 'RateLimitError 42901, not retried',
    expect: { error: RateLimitError, status: 429, code: '42901' },
    attempts: 1,
    partial: true,
    maxMs: 0,
  },
  {
    fault: 'user abort before the call',
    abort: 'before',
    expected: 'APIUserAbortError, nothing sent',
    expect: { error: APIUserAbortError },
    attempts: 0,
    maxMs: 0,
  },
  {
    fault: 'user abort while waiting for slow headers (15 s)',
    header: 'latency=15000',
    abort: { afterMs: 100 },
    expected: 'APIUserAbortError at the abort, not after the 15 s',
    expect: { error: APIUserAbortError },
    attempts: [0, 1],
    minMs: 100,
    maxMs: 100,
  },
  {
    fault: 'user abort during the stream (at the first delta)',
    routes: STREAM_ROUTES,
    abort: 'first-delta',
    expected: 'APIUserAbortError from the loop',
    expect: { error: APIUserAbortError },
    attempts: 1,
    partial: true,
    maxMs: 0,
  },
  {
    fault: 'user abort while waiting to retry (429, Retry-After: 30 s)',
    header: 'status=429; retry-after=30',
    abort: { afterMs: 200 },
    expected: 'APIUserAbortError at the abort, not after the 30 s wait',
    expect: { error: APIUserAbortError },
    attempts: 1,
    minMs: 200,
    maxMs: 200,
  },
];

const env = useEmulator();
/** An emulator whose streams send an event every 20 ms: the client leaves before their end. */
const slow = useEmulator({ latency: { firstTokenMs: 0, perTokenMs: 20 } });
const t = tally('fault matrix (emulator faults × 4 chat routes)', 'fault-matrix');
const PROMPT = 'Recommend autumn places to visit in Seoul.';
const answers = {} as Record<Route, string>;

beforeAll(async () => {
  const emu = await env.ready;
  for (const route of ROUTES) answers[route] = await callRoute(clientFor(emu), route, PROMPT);
});
afterAll(() => t.save());

describe.concurrent('fault matrix', () => {
  for (const c of CASES) {
    for (const route of c.routes ?? ROUTES) {
      const key = `${c.fault} · ${route}`;
      const [test, name] = caseTest(it, key, `${key}: ${c.expected}`);
      test(name, async () => {
        const client = clientFor(env.emu, c.client);
        const outcome = await runCase(client, route, PROMPT, c, (id) => env.attempts(id));
        const failure = judge(c.expect, c, outcome, answers[route]);
        t.recordCase(key, outcome.ms, { minMs: c.minMs, boundMs: c.maxMs + SLACK_MS }, failure);
        expect(failure).toBeUndefined();
        if (outcome.error instanceof APIError) {
          expect(outcome.error.message).not.toContain(env.emu.apiKey);
        }
      });
    }
  }
});

describe('leaving a stream early', () => {
  for (const route of STREAM_ROUTES) {
    it(`break after the first delta · ${route}: resolves, and the emulator sees the connection closed`, async () => {
      const emu = await slow.ready;
      const client = clientFor(emu);
      const messages = [{ role: 'user' as const, content: PROMPT }];
      const requestId = randomUUID();
      const stream =
        route === 'v3.stream'
          ? await client.chat.stream({ model: 'HCX-005', messages }, { requestId })
          : await client.openai.chat.completions.stream(
              { model: 'HCX-005', messages },
              { requestId },
            );
      for await (const _ of stream.textStream) break;
      await vi.waitFor(() => {
        expect(emu.requests.find((r) => r.requestId === requestId)?.aborted).toBe(true);
      });
      t.record();
    });
  }
});
