import { afterEach, describe, expect, it } from 'vitest';
import {
  APIConnectionError,
  APITimeoutError,
  APIUserAbortError,
  parseRetryAfter,
} from '../src/index.ts';
import {
  clientFor,
  closeServers,
  fail,
  json,
  ok,
  serve,
  sleep,
  sse,
  type TestServer,
} from './server.ts';

let server: TestServer | undefined;
afterEach(closeServers);

const client = clientFor;

describe('response bodies', () => {
  it('times out a JSON body that stalls after the headers', async () => {
    server = await serve(async ({ res }) => {
      res.writeHead(200, { 'content-type': 'application/json', 'content-length': '100' });
      res.write('{"status":{"code":"20000"');
      await sleep(5_000);
    });
    const p = client(server, { timeout: 50, maxRetries: 0 }).request({ method: 'GET', path: '/x' });
    await expect(p).rejects.toBeInstanceOf(APITimeoutError);
  });

  it('reports a JSON body cut mid-way as a connection error', async () => {
    server = await serve(async ({ res }) => {
      res.writeHead(200, { 'content-type': 'application/json', 'content-length': '100' });
      res.write('{"status":{"code":"20000"');
      await sleep(10);
      res.destroy();
    });
    const p = client(server, { maxRetries: 0 }).request({ method: 'GET', path: '/x' });
    await expect(p).rejects.toBeInstanceOf(APIConnectionError);
    await expect(p).rejects.not.toBeInstanceOf(APITimeoutError);
  });

  it("aborts a JSON body read with the caller's signal", async () => {
    server = await serve(async ({ res }) => {
      res.writeHead(200, { 'content-type': 'application/json', 'content-length': '100' });
      res.write('{"status":');
      await sleep(5_000);
    });
    const ac = new AbortController();
    const p = client(server).request({ method: 'GET', path: '/x', options: { signal: ac.signal } });
    const raw = await p.asResponse();
    expect(raw.status).toBe(200);
    ac.abort();
    await expect(p).rejects.toBeInstanceOf(APIUserAbortError);
  });
});

describe('request bodies', () => {
  it('sends a ReadableStream body, and can still retry it', async () => {
    server = await serve(({ res, attempt }) =>
      attempt === 1 ? json(res, 503, fail('50000', 'x')) : json(res, 200, ok('streamed')),
    );
    const bytes = new TextEncoder().encode('{"a":"스트림"}');
    const body = new ReadableStream<Uint8Array>({
      start(c) {
        c.enqueue(bytes.subarray(0, 5));
        c.enqueue(bytes.subarray(5));
        c.close();
      },
    });
    await expect(client(server).request({ method: 'POST', path: '/x', body })).resolves.toBe(
      'streamed',
    );
    expect(server.seen.map((s) => s.body)).toEqual(['{"a":"스트림"}', '{"a":"스트림"}']);
  });

  it('sends URLSearchParams and strings as JSON or as they are', async () => {
    server = await serve(({ res }) => json(res, 200, ok(1)));
    const t = client(server);
    await t.request({ method: 'POST', path: '/form', body: new URLSearchParams({ a: '1' }) });
    await t.request({ method: 'POST', path: '/str', body: 'text' });
    expect(server.seen[0]?.headers['content-type']).toMatch(/application\/x-www-form-urlencoded/);
    expect(server.seen[0]?.body).toBe('a=1');
    expect(server.seen[1]?.headers['content-type']).toBe('application/json');
    expect(server.seen[1]?.body).toBe('"text"');
  });
});

describe('stream lifetime', () => {
  it('does not count a slow consumer as idle', async () => {
    server = await serve(async ({ res }) => {
      sse(res);
      res.write('event:token\ndata:{"n":1}\n\n');
      await sleep(5);
      res.write('event:token\ndata:{"n":2}\n\n');
      await sleep(5);
      res.end('event:result\ndata:{"n":3}\n\n');
    });
    const stream = await client(server, { streamIdleTimeout: 20 }).stream({ path: '/x', body: {} });
    const seen: unknown[] = [];
    for await (const e of stream) {
      seen.push(e.data);
      await sleep(60); // three times the idle timeout, while the next data is already waiting
    }
    expect(seen).toEqual([{ n: 1 }, { n: 2 }, { n: 3 }]);
  });

  it('reads the rest of the body after the terminal event instead of cutting the connection', async () => {
    let ended!: () => void;
    const done = new Promise<void>((r) => {
      ended = r;
    });
    server = await serve(async ({ res }) => {
      sse(res);
      res.write('event:result\ndata:{}\n\n');
      await sleep(30);
      res.end('event:signal\ndata:{"data":"[DONE]"}\n\n', ended);
    });
    const stream = await client(server).stream({ path: '/x', body: {} });
    for await (const e of stream) if (e.event === 'result') break;
    await done;
    expect(server.closedEarly()).toBe(0);
    expect(stream.controller.signal.aborted).toBe(false);
  });

  it("the caller's signal aborts a stream before its headers arrive", async () => {
    server = await serve(async ({ res }) => {
      await sleep(5_000);
      if (!res.destroyed) sse(res);
    });
    const ac = new AbortController();
    const p = client(server).stream({ path: '/x', body: {}, options: { signal: ac.signal } });
    while (server.seen.length === 0) await sleep(1);
    ac.abort();
    await expect(p).rejects.toBeInstanceOf(APIUserAbortError);
  });
});

describe('parseRetryAfter', () => {
  const h = (init: Record<string, string>) => new Headers(init);
  it('prefers retry-after-ms, then Retry-After seconds or HTTP date', () => {
    expect(parseRetryAfter(h({ 'retry-after-ms': '250', 'retry-after': '9' }))).toBe(250);
    expect(parseRetryAfter(h({ 'retry-after': '2' }))).toBe(2000);
    expect(parseRetryAfter(h({ 'retry-after': '0.5' }))).toBe(500);
    const at = new Date(Date.now() + 60_000).toUTCString();
    const ms = parseRetryAfter(h({ 'retry-after': at }));
    expect(ms).toBeGreaterThan(55_000);
    expect(ms).toBeLessThanOrEqual(60_000);
    expect(parseRetryAfter(h({ 'retry-after': new Date(0).toUTCString() }))).toBe(0);
  });
  it('ignores missing or unreadable values', () => {
    expect(parseRetryAfter(h({}))).toBeUndefined();
    expect(parseRetryAfter(h({ 'retry-after': 'soon' }))).toBeUndefined();
    expect(parseRetryAfter(h({ 'retry-after-ms': 'x', 'retry-after': '1' }))).toBe(1000);
    expect(parseRetryAfter(h({ 'retry-after': '-3' }))).toBeUndefined();
  });
});
