import { afterEach, describe, expect, it } from 'vitest';
import {
  APIConnectionError,
  APITimeoutError,
  APIUserAbortError,
  BadRequestError,
  InternalServerError,
  NotFoundError,
  RateLimitError,
  Transport,
} from '../src/index.js';
import { backoff, retryDelay } from '../src/retry-policy.js';
import {
  clientFor,
  closeServers,
  fail,
  fast,
  json,
  ok,
  serve,
  sleep,
  type TestServer,
} from './server.js';

let server: TestServer | undefined;
afterEach(closeServers);

const client = clientFor;
const ids = (s: TestServer) => s.seen.map((x) => x.headers['x-ncp-clovastudio-request-id']);

describe('retries', () => {
  it('retries a POST after 429 with retry-after-ms, then succeeds, with the same request id', async () => {
    server = await serve(({ res, attempt }) =>
      attempt < 3
        ? json(res, 429, fail('42901', 'Too many requests - rate exceeded'), {
            'retry-after-ms': '1',
          })
        : json(res, 200, ok('done')),
    );
    const t = client(server, { retryBackoff: { initialDelay: 10_000, maxDelay: 10_000 } });
    // A 10 s backoff would blow the test timeout: the server's 1 ms is what is honoured.
    await expect(t.request({ method: 'POST', path: '/x', body: { a: 1 } })).resolves.toBe('done');
    expect(server.seen).toHaveLength(3);
    expect(new Set(ids(server)).size).toBe(1);
    expect(server.seen.every((s) => s.body === '{"a":1}')).toBe(true);
  });

  it('retries a 429 with Retry-After in seconds, capped by maxRetryAfter', async () => {
    server = await serve(({ res, attempt }) =>
      attempt === 1
        ? json(res, 429, fail('42900', 'Too many requests'), { 'retry-after': '3600' })
        : json(res, 200, ok('ok')),
    );
    const t = client(server, { retryBackoff: { maxRetryAfter: 1 } });
    await expect(t.request({ method: 'POST', path: '/x', body: {} })).resolves.toBe('ok');
    expect(server.seen).toHaveLength(2);
  });

  it('retries a 429 without any retry header using the backoff', async () => {
    server = await serve(({ res, attempt }) =>
      attempt === 1
        ? json(res, 429, fail('42902', 'Too many requests - overloaded'))
        : json(res, 200, ok(1)),
    );
    await expect(client(server).request({ method: 'POST', path: '/x', body: {} })).resolves.toBe(1);
    expect(server.seen).toHaveLength(2);
  });

  it.each([408, 500, 502, 503, 504])('retries HTTP %i', async (status) => {
    server = await serve(({ res, attempt }) =>
      attempt === 1 ? json(res, status, fail(`${status}00`, 'x')) : json(res, 200, ok(status)),
    );
    await expect(client(server).request({ method: 'POST', path: '/x', body: {} })).resolves.toBe(
      status,
    );
  });

  it('gives up after maxRetries (default 2) on persistent 5xx and throws the last error', async () => {
    server = await serve(({ res, attempt }) => json(res, 503, fail('50000', `fail ${attempt}`)));
    const p = client(server).request({ method: 'POST', path: '/x', body: {} });
    await expect(p).rejects.toBeInstanceOf(InternalServerError);
    await expect(p).rejects.toThrow('fail 3');
    expect(server.seen).toHaveLength(3);
    expect(new Set(ids(server)).size).toBe(1);
  });

  it('gives the RateLimitError (with its retry delay) when 429s outlast the retries', async () => {
    server = await serve(({ res }) =>
      json(res, 429, fail('42901', 'Too many requests'), { 'retry-after-ms': '1' }),
    );
    const p = client(server, { maxRetries: 1 }).request({ method: 'GET', path: '/x' });
    await expect(p).rejects.toBeInstanceOf(RateLimitError);
    await expect(p).rejects.toMatchObject({ retryAfterMs: 1, status: 429, code: '42901' });
    expect(server.seen).toHaveLength(2);
  });

  it('does not retry with maxRetries: 0 (per request too)', async () => {
    server = await serve(({ res }) => json(res, 500, fail('50000', 'x')));
    const t = client(server);
    await expect(
      t.request({ method: 'POST', path: '/x', body: {}, options: { maxRetries: 0 } }),
    ).rejects.toBeInstanceOf(InternalServerError);
    expect(server.seen).toHaveLength(1);
    await expect(
      t.withOptions({ maxRetries: 0 }).request({ method: 'GET', path: '/x' }),
    ).rejects.toBeInstanceOf(InternalServerError);
    expect(server.seen).toHaveLength(2);
  });

  it.each([
    [400, BadRequestError],
    [404, NotFoundError],
  ])('never retries HTTP %i', async (status, cls) => {
    server = await serve(({ res }) => json(res, status, fail(`${status}00`, 'x')));
    await expect(
      client(server).request({ method: 'POST', path: '/x', body: {} }),
    ).rejects.toBeInstanceOf(cls);
    expect(server.seen).toHaveLength(1);
  });

  it('never retries 401, 403, 413 and 415', async () => {
    for (const status of [401, 403, 413, 415]) {
      server = await serve(({ res }) =>
        json(res, status, fail(`${status}00`, 'x'), { 'retry-after': '0' }),
      );
      await expect(client(server).request({ method: 'GET', path: '/x' })).rejects.toMatchObject({
        status,
      });
      expect(server.seen).toHaveLength(1);
      await server.close();
      server = undefined;
    }
  });

  it('retries a connection reset before headers, then succeeds', async () => {
    server = await serve(({ req, res, attempt }) => {
      if (attempt === 1) req.socket.destroy();
      else json(res, 200, ok('after reset'));
    });
    await expect(client(server).request({ method: 'POST', path: '/x', body: {} })).resolves.toBe(
      'after reset',
    );
    expect(server.seen).toHaveLength(2);
    expect(new Set(ids(server)).size).toBe(1);
  });

  it('throws APIConnectionError when resets outlast the retries, and when nothing listens', async () => {
    server = await serve(({ req }) => req.socket.destroy());
    const p = client(server).request({ method: 'GET', path: '/x' });
    await expect(p).rejects.toBeInstanceOf(APIConnectionError);
    await expect(p).rejects.toThrow(/^Connection error/);
    expect(server.seen).toHaveLength(3);
    const url = server.url;
    await server.close();
    server = undefined;
    const q = new Transport({ ...fast, baseURL: url, maxRetries: 1 }).request({
      method: 'GET',
      path: '/x',
    });
    await expect(q).rejects.toBeInstanceOf(APIConnectionError);
    await expect(q).rejects.not.toBeInstanceOf(APITimeoutError);
  });

  it('times out slow headers with APITimeoutError (and retries the timeout)', async () => {
    server = await serve(async ({ req, res, attempt }) => {
      if (attempt === 1 || req.url === '/slow') await sleep(5_000);
      if (!res.destroyed) json(res, 200, ok('second try'));
    });
    const t = client(server, { timeout: 50 });
    await expect(t.request({ method: 'POST', path: '/x', body: {} })).resolves.toBe('second try');
    expect(server.seen).toHaveLength(2);

    const p = t.request({ method: 'GET', path: '/slow', options: { maxRetries: 0, timeout: 30 } });
    await expect(p).rejects.toBeInstanceOf(APITimeoutError);
    await expect(p).rejects.toBeInstanceOf(APIConnectionError);
  });

  it('never retries a user abort, and reports it as APIUserAbortError', async () => {
    server = await serve(async ({ res }) => {
      await sleep(5_000);
      if (!res.destroyed) json(res, 200, ok(1));
    });
    const ac = new AbortController();
    const p = client(server).request({
      method: 'POST',
      path: '/x',
      body: {},
      options: { signal: ac.signal },
    });
    while (server.seen.length === 0) await sleep(1);
    ac.abort();
    await expect(p).rejects.toBeInstanceOf(APIUserAbortError);
    await server.clientClosed;
    expect(server.seen).toHaveLength(1);
    // an already-aborted signal sends nothing
    await expect(
      client(server).request({
        method: 'GET',
        path: '/x',
        options: { signal: AbortSignal.abort() },
      }),
    ).rejects.toBeInstanceOf(APIUserAbortError);
    expect(server.seen).toHaveLength(1);
  });

  it('aborts during the backoff wait', async () => {
    server = await serve(({ res }) => json(res, 503, fail('50000', 'x')));
    const ac = new AbortController();
    const t = client(server, { retryBackoff: { initialDelay: 60_000, maxDelay: 60_000 } });
    const p = t.request({ method: 'GET', path: '/x', options: { signal: ac.signal } });
    while (server.seen.length === 0) await sleep(1);
    await sleep(5);
    ac.abort();
    await expect(p).rejects.toBeInstanceOf(APIUserAbortError);
    expect(server.seen).toHaveLength(1);
  });
});

describe('retry policy', () => {
  const s = { initialDelay: 500, maxDelay: 8000, maxRetryAfter: 60_000 };
  it('backs off exponentially with up to 25% jitter, capped', () => {
    for (let attempt = 1; attempt <= 6; attempt++) {
      const full = Math.min(500 * 2 ** (attempt - 1), 8000);
      for (let i = 0; i < 50; i++) {
        const d = backoff(attempt, s);
        expect(d).toBeGreaterThanOrEqual(full * 0.75);
        expect(d).toBeLessThanOrEqual(full);
      }
    }
  });
  it('does not retry unknown errors', () => {
    expect(retryDelay(new Error('bug'), 1, s)).toBeUndefined();
  });
});
