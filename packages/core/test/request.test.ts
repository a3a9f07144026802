import { afterEach, describe, expect, it, vi } from 'vitest';
import { ClovaStudioError, DEFAULT_BASE_URL, REQUEST_ID_HEADER, Transport } from '../src/index.ts';
import { clientFor, closeServers, fast, json, ok, serve, type TestServer } from './server.ts';

let server: TestServer | undefined;
afterEach(async () => {
  await closeServers();
  vi.unstubAllEnvs();
});

const client = clientFor;

describe('requests', () => {
  it('POSTs JSON with auth, content type and a fresh request id, and unwraps the envelope', async () => {
    server = await serve(({ res }) => json(res, 200, ok({ answer: 42 })));
    const t = client(server);
    const result = await t.request<{ answer: number }>({
      method: 'POST',
      path: '/v3/chat-completions/HCX-005',
      body: { messages: [{ role: 'user', content: '안녕' }] },
    });
    expect(result).toEqual({ answer: 42 });
    const [seen] = server.seen;
    expect(seen?.method).toBe('POST');
    expect(seen?.url).toBe('/v3/chat-completions/HCX-005');
    expect(seen?.headers.authorization).toBe(`Bearer ${fast.apiKey}`);
    expect(seen?.headers['content-type']).toBe('application/json');
    expect(seen?.headers.accept).toBe('application/json');
    expect(seen?.headers['x-ncp-clovastudio-request-id']).toMatch(/^[0-9a-f-]{36}$/);
    expect(JSON.parse(seen?.body ?? '')).toEqual({
      messages: [{ role: 'user', content: '안녕' }],
    });
  });

  it('uses a new request id per logical request, or the one the caller gives', async () => {
    server = await serve(({ res }) => json(res, 200, ok(null)));
    const t = client(server);
    await t.request({ method: 'POST', path: '/a', body: {} });
    await t.request({ method: 'POST', path: '/a', body: {} });
    await t.request({ method: 'POST', path: '/a', body: {}, options: { requestId: 'my-id-1' } });
    const ids = server.seen.map((s) => s.headers['x-ncp-clovastudio-request-id']);
    expect(ids[0]).not.toBe(ids[1]);
    expect(ids[2]).toBe('my-id-1');
    expect(REQUEST_ID_HEADER.toLowerCase()).toBe('x-ncp-clovastudio-request-id');
  });

  it('GETs with a query string, leaving out undefined values', async () => {
    server = await serve(({ res }) => json(res, 200, ok({ content: [] })));
    const t = client(server);
    const r = await t.request({
      method: 'GET',
      path: 'tuning/v2/tasks',
      query: { page: 0, size: 10, mine: true, q: '서울 a&b', skip: undefined },
    });
    expect(r).toEqual({ content: [] });
    const [seen] = server.seen;
    expect(seen?.method).toBe('GET');
    const url = new URL(seen?.url ?? '', 'http://x');
    expect(url.pathname).toBe('/tuning/v2/tasks');
    expect(Object.fromEntries(url.searchParams)).toEqual({
      page: '0',
      size: '10',
      mine: 'true',
      q: '서울 a&b',
    });
    expect(seen?.body).toBe('');
    expect(seen?.headers['content-type']).toBeUndefined();
  });

  it('DELETEs and returns undefined for an envelope without result or an empty body', async () => {
    server = await serve(({ req, res }) => {
      if (req.url === '/empty') res.writeHead(204).end();
      else json(res, 200, { status: { code: '20000', message: 'OK' } });
    });
    const t = client(server);
    await expect(t.request({ method: 'DELETE', path: '/tuning/v2/tasks/abc' })).resolves.toBe(
      undefined,
    );
    await expect(t.request({ method: 'DELETE', path: '/empty' })).resolves.toBe(undefined);
    expect(server.seen.map((s) => s.method)).toEqual(['DELETE', 'DELETE']);
  });

  it('returns the whole body with envelope: false (OpenAI-compatible layer)', async () => {
    server = await serve(({ res }) => json(res, 200, { object: 'list', data: [1] }));
    const t = client(server);
    await expect(
      t.request({ method: 'POST', path: '/v1/openai/embeddings', body: {}, envelope: false }),
    ).resolves.toEqual({ object: 'list', data: [1] });
    // and an envelope is left as it is
    server.seen.length = 0;
  });

  it('returns a body that is not an envelope as it is, even with envelope: true', async () => {
    server = await serve(({ res }) => json(res, 200, [1, 2, 3]));
    await expect(client(server).request({ method: 'GET', path: '/x' })).resolves.toEqual([1, 2, 3]);
  });

  it('gives the raw Response next to the data (withResponse) or alone (asResponse)', async () => {
    server = await serve(({ res }) =>
      json(res, 200, ok({ a: 1 }), { 'x-ratelimit-remaining-requests': '59' }),
    );
    const t = client(server);
    const { data, response, requestId } = await t
      .request({ method: 'POST', path: '/x', body: {}, options: { requestId: 'rid-7' } })
      .withResponse();
    expect(data).toEqual({ a: 1 });
    expect(response.status).toBe(200);
    expect(response.headers.get('x-ratelimit-remaining-requests')).toBe('59');
    expect(requestId).toBe('rid-7');

    const raw = await t.request({ method: 'GET', path: '/x' }).asResponse();
    expect(raw.bodyUsed).toBe(false);
    expect(await raw.json()).toEqual(ok({ a: 1 }));
  });

  it('is a real promise: then/catch/finally work and parse once', async () => {
    server = await serve(({ res }) => json(res, 200, ok('x')));
    const p = client(server).request<string>({ method: 'GET', path: '/x' });
    expect(p).toBeInstanceOf(Promise);
    const [a, b, c] = await Promise.all([p, p.then((v) => `${v}!`), p.finally(() => {})]);
    expect([a, b, c]).toEqual(['x', 'x!', 'x']);
    expect(await p.withResponse().then((r) => r.data)).toBe('x');
    expect(server.seen).toHaveLength(1);
  });

  it('sends FormData as it is (multipart), not as JSON', async () => {
    server = await serve(({ res }) => json(res, 200, ok({ taskId: 't1' })));
    const form = new FormData();
    form.set('name', 'task');
    form.set('file', new Blob(['{"a":1}\n'], { type: 'application/jsonl' }), 'data.jsonl');
    await client(server).request({ method: 'POST', path: '/tuning/v2/tasks', body: form });
    const [seen] = server.seen;
    expect(seen?.headers['content-type']).toMatch(/^multipart\/form-data; boundary=/);
    expect(seen?.body).toContain('name="file"; filename="data.jsonl"');
  });
});

describe('options', () => {
  it('reports a missing API key when a call is made, not when the client is built', async () => {
    vi.stubEnv('CLOVA_STUDIO_API_KEY', '');
    server = await serve(({ res }) => json(res, 200, ok(1)));
    const t = new Transport({ baseURL: server.url, logLevel: 'off' });
    const p = t.request({ method: 'GET', path: '/x' });
    await expect(p).rejects.toBeInstanceOf(ClovaStudioError);
    await expect(p).rejects.toThrow(/Missing API key.*CLOVA_STUDIO_API_KEY/);
    expect(server.seen).toHaveLength(0);
  });

  it('reads the key and the base URL from the environment once, when the transport is made', async () => {
    server = await serve(({ res }) => json(res, 200, ok(1)));
    vi.stubEnv('CLOVA_STUDIO_API_KEY', 'nv-fromenv000000000');
    vi.stubEnv('CLOVA_STUDIO_BASE_URL', `${server.url}/`);
    const t = new Transport({ logLevel: 'off' });
    vi.stubEnv('CLOVA_STUDIO_API_KEY', 'nv-changedlater0000');
    await expect(t.request({ method: 'GET', path: '/x' })).resolves.toBe(1);
    expect(server.seen[0]?.headers.authorization).toBe('Bearer nv-fromenv000000000');
    expect(server.seen[0]?.url).toBe('/x');
  });

  it('defaults the base URL to the public host', () => {
    expect(DEFAULT_BASE_URL).toBe('https://clovastudio.stream.ntruss.com');
  });

  it('sends the legacy key pair instead of Authorization', async () => {
    server = await serve(({ res }) => json(res, 200, ok(1)));
    const t = new Transport({
      baseURL: server.url,
      logLevel: 'off',
      legacyKeys: { clovaStudioApiKey: 'legacy-clova-key', apigwApiKey: 'legacy-gw-key' },
    });
    await t.request({ method: 'POST', path: '/x', body: {} });
    const h = server.seen[0]?.headers ?? {};
    expect(h['x-ncp-clovastudio-api-key']).toBe('legacy-clova-key');
    expect(h['x-ncp-apigw-api-key']).toBe('legacy-gw-key');
    expect(h.authorization).toBeUndefined();
  });

  it('lets every option be overridden per request (key, base URL, headers, request id)', async () => {
    server = await serve(({ res }) => json(res, 200, ok(1)));
    const other = await serve(({ res }) => json(res, 200, ok(2)));
    try {
      const t = client(server, { headers: { 'x-app': 'a', 'x-keep': 'k' } });
      const r = await t.request({
        method: 'POST',
        path: '/x',
        body: {},
        options: { baseURL: other.url, apiKey: 'nv-perrequest0000000', headers: { 'x-app': 'b' } },
      });
      expect(r).toBe(2);
      expect(server.seen).toHaveLength(0);
      const h = other.seen[0]?.headers ?? {};
      expect(h.authorization).toBe('Bearer nv-perrequest0000000');
      expect(h['x-app']).toBe('b');
      expect(h['x-keep']).toBe('k');
    } finally {
      await other.close();
    }
  });

  it('switches from the legacy pair to a key given per request', async () => {
    server = await serve(({ res }) => json(res, 200, ok(1)));
    const t = new Transport({
      baseURL: server.url,
      logLevel: 'off',
      legacyKeys: { clovaStudioApiKey: 'a', apigwApiKey: 'b' },
    });
    await t.request({ method: 'GET', path: '/x', options: { apiKey: 'nv-override000000000' } });
    const h = server.seen[0]?.headers ?? {};
    expect(h.authorization).toBe('Bearer nv-override000000000');
    expect(h['x-ncp-clovastudio-api-key']).toBeUndefined();
  });

  it('withOptions derives a client with changed options and leaves the original alone', async () => {
    server = await serve(({ res }) => json(res, 200, ok(1)));
    const base = client(server, { headers: { 'x-a': '1' } });
    const derived = base.withOptions({ headers: { 'x-b': '2' }, maxRetries: 0 });
    expect(derived).not.toBe(base);
    expect(derived.options.maxRetries).toBe(0);
    expect(base.options.maxRetries).toBeUndefined();
    expect(derived.options.headers).toEqual({ 'x-a': '1', 'x-b': '2' });
    await derived.request({ method: 'GET', path: '/x' });
    await base.request({ method: 'GET', path: '/x' });
    expect(server.seen[0]?.headers['x-b']).toBe('2');
    expect(server.seen[1]?.headers['x-b']).toBeUndefined();
    expect(Object.isFrozen(base.options)).toBe(true);
  });

  it('keeps client options where a per-request field is undefined', async () => {
    server = await serve(({ res }) => json(res, 200, ok(1)));
    const t = client(server, { headers: { 'x-app': 'a' } });
    await t.request({
      method: 'GET',
      path: '/x',
      options: { apiKey: undefined, baseURL: undefined, headers: undefined, signal: undefined },
    });
    expect(server.seen[0]?.headers.authorization).toBe(`Bearer ${fast.apiKey}`);
    expect(server.seen[0]?.headers['x-app']).toBe('a');
  });

  it('rejects a key a header cannot carry, or a malformed base URL, when the client is made, hiding the key', () => {
    const secret = 'nv-broken01\n23456789';
    const e = (() => {
      try {
        return new Transport({ ...fast, apiKey: secret, baseURL: 'http://127.0.0.1:59999' });
      } catch (x) {
        return x;
      }
    })();
    expect(e).toBeInstanceOf(ClovaStudioError);
    expect((e as Error).message).toMatch(/^Invalid `apiKey`: character 12 \(U\+000A\)/);
    expect(JSON.stringify(e) + String(e)).not.toContain('nv-broken01');
    expect(() => new Transport({ ...fast, apiKey: 'nv-…' })).toThrow(/U\+2026/);
    expect(() => new Transport({ ...fast, baseURL: 'not a url' })).toThrow(/`baseURL`/);
  });

  it('rejects a base URL that is not http(s) or already ends in an API path', () => {
    expect(() => new Transport({ ...fast, baseURL: 'ftp://example.com' })).toThrow(
      /`baseURL` must use http or https/,
    );
    expect(() => new Transport({ ...fast, baseURL: 'https://example.com/v1/openai/' })).toThrow(
      /must not end in \/v1\/openai.*use "https:\/\/example.com"/,
    );
    expect(() => new Transport({ ...fast, baseURL: 'https://example.com/v3' })).toThrow(
      /must not end in \/v3/,
    );
    expect(
      () => new Transport({ ...fast, baseURL: 'https://proxy.example.com/clova' }),
    ).not.toThrow();
  });

  it('notes at debug level a key that does not look like nv-…, without the key', () => {
    const lines: string[] = [];
    const note = (m: string, f?: unknown) => lines.push(m + JSON.stringify(f ?? ''));
    const logger = { debug: note, info: note, warn: note, error: note };
    new Transport({ apiKey: 'sk-not-a-clova-key', logger, logLevel: 'debug' });
    new Transport({ apiKey: fast.apiKey, logger, logLevel: 'debug' });
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/does not look like a CLOVA Studio key/);
    expect(lines[0]).not.toContain('sk-not-a-clova-key');
  });

  it('uses an injected fetch', async () => {
    const calls: string[] = [];
    const fetch: typeof globalThis.fetch = async (input) => {
      calls.push(input instanceof Request ? input.url : String(input));
      return new Response(JSON.stringify(ok('injected')), {
        headers: { 'content-type': 'application/json' },
      });
    };
    const t = new Transport({ ...fast, baseURL: 'http://example.invalid', fetch });
    await expect(t.request({ method: 'GET', path: '/x' })).resolves.toBe('injected');
    expect(calls).toEqual(['http://example.invalid/x']);
  });

  it('rejects a header value HTTP cannot carry before sending anything', async () => {
    server = await serve(({ res }) => json(res, 200, ok(null)));
    const t = client(server);
    const sent = t.request({
      method: 'POST',
      path: '/a',
      body: {},
      options: { headers: { 'x-a': 'b\nc' } },
    });
    await expect(sent).rejects.toThrow(ClovaStudioError);
    await expect(sent).rejects.toThrow(/^Invalid request: .*invalid header value/s);
    expect(server.seen).toHaveLength(0);
  });

  it('rejects a bad option value with an error naming the field, when the client is made', () => {
    expect(() => new Transport({ ...fast, baseURL: 'http://127.0.0.1:9', timeout: -1 })).toThrow(
      /`timeout`/,
    );
    expect(
      () => new Transport({ ...fast, baseURL: 'http://127.0.0.1:9', maxRetries: 1.5 }),
    ).toThrow(/`maxRetries`/);
  });

  it('rejects a bad per-request option value when the call is made', async () => {
    const t = new Transport({ ...fast, baseURL: 'http://127.0.0.1:9' });
    await expect(
      t.request({ method: 'GET', path: '/x', options: { timeout: -1 } }),
    ).rejects.toThrow(/`timeout`/);
  });
});
