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
} from '../src/index.ts';
import { backoff, retryDelay } from '../src/retry-policy.ts';
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
} from './server.ts';

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

describe('retry hints', () => {
  it('waits for the rate-limit reset (x-ratelimit-reset-requests) after a 429, capped by maxRetryAfter', async () => {
    server = await serve(({ res, attempt }) =>
      attempt === 1
        ? json(res, 429, fail('42901', 'Too many requests'), {
            'x-ratelimit-remaining-requests': '0',
            'x-ratelimit-reset-requests': '12s',
          })
        : json(res, 200, ok('recovered')),
    );
    const waits: number[] = [];
    const logger = {
      debug: () => {},
      info: (_m: string, f?: Record<string, unknown>) => waits.push(f?.delayMs as number),
      warn: () => {},
      error: () => {},
    };
    const t = client(server, {
      logger,
      logLevel: 'info',
      retryBackoff: { initialDelay: 1, maxDelay: 1, maxRetryAfter: 20 },
    });
    await expect(t.request({ method: 'POST', path: '/x', body: {} })).resolves.toBe('recovered');
    // 12 s asked, capped to maxRetryAfter (20 ms), not the 1 ms backoff
    expect(waits).toEqual([20]);
  });

  it('reads the reset hint of the exhausted window into RateLimitError.retryAfterMs', async () => {
    server = await serve(({ res }) =>
      json(res, 429, fail('42901', 'Too many tokens'), {
        'x-ratelimit-remaining-requests': '5',
        'x-ratelimit-reset-requests': '30s',
        'x-ratelimit-remaining-tokens': '0',
        'x-ratelimit-reset-tokens': '1m30s',
      }),
    );
    const e = await client(server, { maxRetries: 0 })
      .request({ method: 'GET', path: '/x' })
      .catch((x: unknown) => x);
    expect(e).toBeInstanceOf(RateLimitError);
    expect((e as RateLimitError).retryAfterMs).toBe(90_000);
  });

  it('does not take a rate-limit reset hint as the delay of a 5xx', () => {
    const s = { initialDelay: 500, maxDelay: 8000, maxRetryAfter: 60_000 };
    const e = new InternalServerError('500', {
      status: 500,
      headers: new Headers({ 'x-ratelimit-reset-requests': '45s' }),
    });
    const d = retryDelay(e, 1, s);
    expect(d).toBeLessThanOrEqual(s.initialDelay);
  });

  it('names METHOD and URL in a connection error, never the key', async () => {
    const dead = await serve(() => {});
    const url = dead.url;
    await dead.close();
    const e = await new Transport({ ...fast, baseURL: url, maxRetries: 0 })
      .request({ method: 'POST', path: '/v3/chat-completions/HCX-005', body: {} })
      .catch((x: unknown) => x);
    expect(e).toBeInstanceOf(APIConnectionError);
    expect((e as Error).message).toContain(`(POST ${url}/v3/chat-completions/HCX-005)`);
    expect((e as Error).message).not.toContain(fast.apiKey);
  });
});
