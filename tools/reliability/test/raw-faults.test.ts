// Faults the emulator cannot make, from a raw node:http server in front of it: it passes requests
// through to the emulator and cuts, stalls, corrupts or replaces the answers. Each case states
// the outcome, the attempts the server must see and the time bound, like the fault matrix.
import {
  APIConnectionError,
  APIError,
  APITimeoutError,
  BadRequestError,
  ClovaStudioError,
  type ClovaStudioOptions,
  InternalServerError,
  StreamTruncatedError,
} from '@clova-studio/apis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { callRoute, ROUTES, type Route, STREAM_ROUTES } from './harness/calls.ts';
import { clientFor, useEmulator } from './harness/emulator.ts';
import { type Bounds, type Expected, judge } from './harness/judge.ts';
import { caseTest } from './harness/known-defects.ts';
import { type RawContext, type RawServer, rawServer, sendJSON } from './harness/raw-server.ts';
import { runCase } from './harness/run-case.ts';
import { SLACK_MS } from './harness/scale.ts';
import { tally } from './harness/tally.ts';

interface RawCase extends Bounds {
  fault: string;
  routes: readonly Route[];
  client?: ClovaStudioOptions;
  expected: string;
  expect: Expected;
  /** What the server does with each attempt. */
  handle: (ctx: RawContext) => unknown;
}

const OK: Expected = { ok: true };
const CREATE_ROUTES: readonly Route[] = ['v3.create', 'openai.create'];
const httpDate = (msAhead: number) => new Date(Date.now() + msAhead).toUTCString();

const CASES: readonly RawCase[] = [
  {
    fault: 'idle stream: one event, then silence',
    routes: STREAM_ROUTES,
    client: { streamIdleTimeout: 300 },
    handle: (c) => c.pass({ events: 2, after: 'stall' }),
    expected: 'APITimeoutError once the stream has been idle for streamIdleTimeout (300 ms)',
    expect: { error: APITimeoutError },
    attempts: 1,
    minMs: 300,
    maxMs: 300,
    partial: true,
  },
  {
    fault: 'stream ends cleanly before its terminal event',
    routes: STREAM_ROUTES,
    handle: (c) => c.pass({ events: 3 }),
    expected: 'StreamTruncatedError, not retried',
    expect: { error: StreamTruncatedError },
    attempts: 1,
    maxMs: 0,
    partial: true,
  },
  {
    fault: 'connection reset mid-stream',
    routes: STREAM_ROUTES,
    handle: (c) => c.pass({ events: 3, after: 'destroy' }),
    expected: 'StreamTruncatedError, not retried',
    expect: { error: StreamTruncatedError },
    attempts: 1,
    maxMs: 0,
    partial: true,
  },
  {
    fault: 'malformed JSON in a stream event',
    routes: STREAM_ROUTES,
    handle: (c) =>
      c.pass({
        events: 2,
        append: c.req.url?.includes('openai')
          ? 'data: {"choices":[{"delta":{"content":"x"\n\n'
          : 'id:x\nevent:token\ndata:{"message":{"content":"x"\n\n',
      }),
    expected: 'a typed ClovaStudioError, not a SyntaxError',
    expect: { error: ClovaStudioError },
    attempts: 1,
    maxMs: 0,
    partial: true,
  },
  {
    fault: 'stream request answered with a JSON error envelope (200)',
    routes: STREAM_ROUTES,
    handle: ({ res, req }) =>
      req.url?.includes('openai')
        ? sendJSON(res, 400, {
            error: { message: 'Invalid parameter', type: null, param: null, code: '40001' },
          })
        : sendJSON(res, 200, { status: { code: '40001', message: 'Invalid parameter' } }),
    expected: 'BadRequestError 40001, not retried',
    expect: { error: BadRequestError, code: '40001' },
    attempts: 1,
    maxMs: 0,
  },
  {
    fault: 'JSON body cut by a reset after the headers',
    routes: CREATE_ROUTES,
    handle: ({ res }) => {
      res.writeHead(200, { 'content-type': 'application/json', 'content-length': '500' });
      res.write('{"status":{"code":"20000"');
      setTimeout(() => res.socket?.destroy(), 20);
    },
    expected: 'APIConnectionError (typed, the body was lost), not retried',
    expect: { error: APIConnectionError },
    attempts: 1,
    maxMs: 200,
  },
  {
    fault: 'JSON body stalls after the headers',
    routes: CREATE_ROUTES,
    client: { timeout: 300, maxRetries: 0 },
    handle: ({ res }) => {
      res.writeHead(200, { 'content-type': 'application/json', 'content-length': '500' });
      res.write('{"status":{"code":"20000"');
    },
    expected: 'APITimeoutError within the 300 ms timeout',
    expect: { error: APITimeoutError },
    attempts: 1,
    minMs: 300,
    maxMs: 300,
  },
  {
    fault: '200 with an HTML body (a captive portal)',
    routes: CREATE_ROUTES,
    handle: ({ res }) => {
      res.writeHead(200, { 'content-type': 'text/html' });
      res.end('<html><body>Log in to the network</body></html>');
    },
    expected: 'APIError carrying the HTML as its body, not a SyntaxError',
    expect: { error: APIError },
    attempts: 1,
    maxMs: 0,
  },
  {
    fault: '200 whose result has the wrong shape',
    routes: CREATE_ROUTES,
    handle: ({ res, req }) =>
      sendJSON(
        res,
        200,
        req.url?.includes('openai')
          ? { id: 'x', object: 'chat.completion', choices: 'none' }
          : { status: { code: '20000', message: 'OK' }, result: { message: 'none' } },
      ),
    expected: 'a typed ClovaStudioError naming the field, with the request id',
    expect: { error: ClovaStudioError },
    attempts: 1,
    maxMs: 0,
  },
  {
    fault: '200 whose envelope carries 50000',
    routes: ['v3.create'],
    handle: ({ res }) =>
      sendJSON(res, 200, { status: { code: '50000', message: 'Internal server error' } }),
    expected: 'InternalServerError 50000 (an in-body error is not retried)',
    expect: { error: InternalServerError, code: '50000' },
    attempts: 1,
    maxMs: 0,
  },
  {
    fault: '503 with an empty body, every attempt',
    routes: ROUTES,
    handle: ({ res }) => res.writeHead(503).end(),
    expected: 'InternalServerError 503 after 3 attempts',
    expect: { error: InternalServerError, status: 503 },
    attempts: 3,
    maxMs: 200,
  },
  {
    fault: '429 with Retry-After as an HTTP date 2 s ahead, once',
    routes: ROUTES,
    handle: (c) =>
      c.attempt === 1
        ? sendJSON(
            c.res,
            429,
            { status: { code: '42901', message: 'Too many requests - rate exceeded' } },
            { 'retry-after': httpDate(2000) },
          )
        : c.pass(),
    expected: 'retried after the date (1–2 s, the date has whole seconds), then the answer',
    expect: OK,
    attempts: 2,
    minMs: 1000,
    maxMs: 2000,
  },
  {
    fault: '429 with Retry-After: 3600 and maxRetryAfter 200 ms, once',
    routes: ROUTES,
    client: { retryBackoff: { initialDelay: 20, maxDelay: 100, maxRetryAfter: 200 } },
    handle: (c) =>
      c.attempt === 1
        ? sendJSON(c.res, 429, { status: { code: '42901' } }, { 'retry-after': '3600' })
        : c.pass(),
    expected: 'the hour is capped to maxRetryAfter, then the fault-free answer',
    expect: OK,
    attempts: 2,
    minMs: 200,
    maxMs: 200,
  },
  {
    fault: '429 with a Retry-After that is no number nor date, once',
    routes: ROUTES,
    handle: (c) =>
      c.attempt === 1
        ? sendJSON(c.res, 429, { status: { code: '42901' } }, { 'retry-after': 'soon' })
        : c.pass(),
    expected: 'the hint is ignored, the backoff applies, then the fault-free answer',
    expect: OK,
    attempts: 2,
    maxMs: 100,
  },
  {
    fault: '401 40104 (final)',
    routes: ROUTES,
    handle: ({ res }) => sendJSON(res, 401, { status: { code: '40104', message: 'Invalid key' } }),
    expected: 'AuthenticationError, not retried',
    expect: { error: APIError, status: 401, code: '40104' },
    attempts: 1,
    maxMs: 0,
  },
];

const env = useEmulator();
const t = tally('raw-socket faults (node:http in front of the emulator)', 'raw-faults');
const PROMPT = 'Recommend autumn places to visit in Seoul.';
const answers = {} as Record<Route, string>;
const servers: RawServer[] = [];

beforeAll(async () => {
  const emu = await env.ready;
  for (const route of ROUTES) answers[route] = await callRoute(clientFor(emu), route, PROMPT);
});
afterAll(async () => {
  t.save();
  await Promise.all(servers.map((s) => s.close()));
});

describe.concurrent('raw-socket faults', () => {
  for (const c of CASES) {
    for (const route of c.routes) {
      const key = `${c.fault} · ${route}`;
      const [test, name] = caseTest(it, key, `${key}: ${c.expected}`);
      test(name, async () => {
        const server = await rawServer(env.emu, c.handle);
        servers.push(server);
        const outcome = await runCase(clientFor(server, c.client), route, PROMPT, {}, (id) =>
          server.attempts(id),
        );
        const failure = judge(c.expect, c, outcome, answers[route]);
        t.recordCase(key, outcome.ms, { minMs: c.minMs, boundMs: c.maxMs + SLACK_MS }, failure);
        expect(failure).toBeUndefined();
      });
    }
  }
});
