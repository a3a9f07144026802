import { inspect } from 'node:util';
import { afterEach, describe, expect, it } from 'vitest';
import {
  APIError,
  AuthenticationError,
  BadRequestError,
  ClovaStudioError,
  InternalServerError,
  NotFoundError,
  PayloadTooLargeError,
  PermissionDeniedError,
  RateLimitError,
  RequestTimeoutError,
  RequestValidationError,
  statusFromCode,
  Transport,
  UnsupportedMediaTypeError,
} from '../src/index.ts';
import { closeServers, fail, fast, json, ok, serve, type TestServer } from './server.ts';

let server: TestServer | undefined;
afterEach(closeServers);

const noRetry = (s: TestServer) =>
  new Transport({ ...fast, baseURL: s.url, maxRetries: 0, logLevel: 'off' });

async function caught(p: Promise<unknown>): Promise<APIError> {
  try {
    await p;
  } catch (e) {
    return e as APIError;
  }
  throw new Error('expected a rejection');
}

describe('error responses', () => {
  it('maps the native error envelope to a typed error with status, code, message, request id, headers, body', async () => {
    server = await serve(({ res }) =>
      json(res, 400, fail('40001', 'Invalid parameter: tools, thinking'), { 'x-trace': 't1' }),
    );
    const e = await caught(
      noRetry(server).request({
        method: 'POST',
        path: '/v3/chat-completions/HCX-007',
        body: {},
        options: { requestId: 'req-1' },
      }),
    );
    expect(e).toBeInstanceOf(BadRequestError);
    expect(e).toBeInstanceOf(APIError);
    expect(e).toBeInstanceOf(ClovaStudioError);
    expect(e).toBeInstanceOf(Error);
    expect(e.name).toBe('BadRequestError');
    expect(e.status).toBe(400);
    expect(e.code).toBe('40001');
    expect(e.message).toContain('Invalid parameter: tools, thinking');
    expect(e.message).toContain('40001');
    expect(e.requestId).toBe('req-1');
    expect(e.headers?.get('x-trace')).toBe('t1');
    expect(e.body).toEqual(fail('40001', 'Invalid parameter: tools, thinking'));
  });

  it('understands the OpenAI-compatible error shape', async () => {
    server = await serve(({ res }) =>
      json(res, 500, {
        error: { message: 'Internal Server Error', type: null, param: null, code: '50000' },
      }),
    );
    const e = await caught(
      noRetry(server).request({
        method: 'POST',
        path: '/v1/openai/chat/completions',
        envelope: false,
        body: {},
      }),
    );
    expect(e).toBeInstanceOf(InternalServerError);
    expect(e.status).toBe(500);
    expect(e.code).toBe('50000');
    expect(e.message).toContain('Internal Server Error');
  });

  it('handles a non-JSON body (an HTML 502 from a proxy)', async () => {
    const html = '<html><body><h1>502 Bad Gateway</h1></body></html>';
    server = await serve(({ res }) => {
      res.writeHead(502, { 'content-type': 'text/html' });
      res.end(html);
    });
    const e = await caught(noRetry(server).request({ method: 'GET', path: '/x' }));
    expect(e).toBeInstanceOf(InternalServerError);
    expect(e.status).toBe(502);
    expect(e.code).toBeUndefined();
    expect(e.body).toBe(html);
    expect(e.message).toMatch(/^502: non-JSON body/);
  });

  it('handles an empty error body', async () => {
    server = await serve(({ res }) => res.writeHead(404).end());
    const e = await caught(noRetry(server).request({ method: 'GET', path: '/nope' }));
    expect(e).toBeInstanceOf(NotFoundError);
    expect(e.status).toBe(404);
    expect(e.body).toBeUndefined();
    expect(e.message).toBe(`404: empty body (GET ${server.url}/nope)`);
  });

  it('parses a JSON error body sent with a text content type', async () => {
    server = await serve(({ res }) => {
      res.writeHead(401, { 'content-type': 'text/plain' });
      res.end(JSON.stringify(fail('40104', 'Invalid key')));
    });
    const e = await caught(noRetry(server).request({ method: 'GET', path: '/x' }));
    expect(e).toBeInstanceOf(AuthenticationError);
    expect(e.code).toBe('40104');
  });

  it('treats a 200 whose envelope code is not 20000 as an error, typed by the code family', async () => {
    server = await serve(({ res }) =>
      json(res, 200, fail('42901', 'Too many requests - rate exceeded')),
    );
    const e = await caught(noRetry(server).request({ method: 'POST', path: '/x', body: {} }));
    expect(e).toBeInstanceOf(RateLimitError);
    expect(e.status).toBe(429);
    expect(e.code).toBe('42901');
  });

  it('treats a 200 with an OpenAI error object, or a non-JSON 200, as an error', async () => {
    server = await serve(({ req, res }) => {
      if (req.url === '/oai') json(res, 200, { error: { message: 'bad', code: '40001' } });
      else {
        res.writeHead(200, { 'content-type': 'text/html' });
        res.end('<html>maintenance</html>');
      }
    });
    const t = noRetry(server);
    const a = await caught(t.request({ method: 'POST', path: '/oai', body: {}, envelope: false }));
    expect(a).toBeInstanceOf(BadRequestError);
    expect(a.code).toBe('40001');
    const b = await caught(t.request({ method: 'GET', path: '/html' }));
    expect(b).toBeInstanceOf(APIError);
    expect(b.status).toBe(200);
    expect(b.body).toBe('<html>maintenance</html>');
  });

  it.each([
    [400, BadRequestError],
    [401, AuthenticationError],
    [403, PermissionDeniedError],
    [404, NotFoundError],
    [408, RequestTimeoutError],
    [413, PayloadTooLargeError],
    [415, UnsupportedMediaTypeError],
    [429, RateLimitError],
    [500, InternalServerError],
    [503, InternalServerError],
    [424, APIError],
  ])('maps HTTP %i to %o', async (status, cls) => {
    server = await serve(({ res }) => json(res, status, fail(`${status}00`, 'msg')));
    const e = await caught(noRetry(server).request({ method: 'GET', path: '/x' }));
    expect(e).toBeInstanceOf(cls);
    expect(e.constructor).toBe(cls);
    expect(e.status).toBe(status);
  });

  it('gives the 429 retry delay it was sent', async () => {
    server = await serve(({ res }) =>
      json(res, 429, fail('42901', 'Too many requests'), { 'retry-after': '7' }),
    );
    const e = (await caught(
      noRetry(server).request({ method: 'GET', path: '/x' }),
    )) as RateLimitError;
    expect(e.retryAfterMs).toBe(7000);
  });

  it('maps CLOVA codes to statuses', () => {
    expect(statusFromCode('42901')).toBe(429);
    expect(statusFromCode('50000')).toBe(500);
    expect(statusFromCode('64429')).toBeUndefined();
    expect(statusFromCode(undefined)).toBeUndefined();
  });
});

describe('API key redaction', () => {
  const key = 'nv-supersecret0123456789ABCDEF';
  const legacy = { clovaStudioApiKey: 'legacy-secret-clova', apigwApiKey: 'legacy-secret-gw' };

  it('never puts the key in a message, toString(), JSON, inspect output or log line', async () => {
    // A hostile server echoes every credential it received, in the message and the body.
    server = await serve(({ req, res }) => {
      const echo = `${req.headers.authorization} ${req.headers['x-ncp-clovastudio-api-key']} ${req.headers['x-ncp-apigw-api-key']}`;
      json(res, 401, { status: { code: '40104', message: `Invalid key ${echo}` }, echo });
    });
    const lines: string[] = [];
    const logger = {
      debug: (m: string, f?: object) => lines.push(m + JSON.stringify(f)),
      info: (m: string, f?: object) => lines.push(m + JSON.stringify(f)),
      warn: (m: string, f?: object) => lines.push(m + JSON.stringify(f)),
      error: (m: string, f?: object) => lines.push(m + JSON.stringify(f)),
    };
    const bearer = new Transport({
      apiKey: key,
      baseURL: server.url,
      logger,
      logLevel: 'debug',
      maxRetries: 0,
    });
    const pair = new Transport({
      legacyKeys: legacy,
      baseURL: server.url,
      logger,
      logLevel: 'debug',
      maxRetries: 0,
    });
    const errors = [
      await caught(bearer.request({ method: 'POST', path: '/x', body: { q: 1 } })),
      await caught(pair.request({ method: 'POST', path: '/x', body: { q: 1 } })),
    ];
    const secrets = [key, legacy.clovaStudioApiKey, legacy.apigwApiKey];
    for (const e of errors) {
      expect(e).toBeInstanceOf(AuthenticationError);
      expect(e.message).toContain('[redacted]');
      const forms = [
        e.message,
        String(e),
        e.toString(),
        JSON.stringify(e),
        inspect(e, { depth: 10 }),
        e.stack ?? '',
      ];
      for (const form of forms) for (const s of secrets) expect(form).not.toContain(s);
    }
    expect(lines.length).toBeGreaterThan(0);
    expect(lines.join('\n')).toContain('[redacted]');
    for (const s of secrets) expect(lines.join('\n')).not.toContain(s);
    // The server did receive the real credentials.
    expect(server.seen[0]?.headers.authorization).toBe(`Bearer ${key}`);
  });

  it('keeps the key out of connection errors too', async () => {
    server = await serve(({ req }) => req.socket.destroy());
    const e = await caught(
      new Transport({ apiKey: key, baseURL: server.url, maxRetries: 0, logLevel: 'off' }).request({
        method: 'GET',
        path: '/x',
      }),
    );
    for (const form of [e.message, String(e), JSON.stringify(e), inspect(e, { depth: 10 })]) {
      expect(form).not.toContain(key);
    }
  });
});

describe('RequestValidationError', () => {
  it('carries every issue and the first path', () => {
    const e = new RequestValidationError([
      { path: 'messages[0].content', message: 'must not be empty' },
      { path: 'temperature', message: 'must be in (0, 1]' },
    ]);
    expect(e).toBeInstanceOf(ClovaStudioError);
    expect(e.name).toBe('RequestValidationError');
    expect(e.path).toBe('messages[0].content');
    expect(e.issues).toHaveLength(2);
    expect(e.message).toBe(
      'Invalid request: messages[0].content: must not be empty; temperature: must be in (0, 1]',
    );
    expect(JSON.parse(JSON.stringify(e))).toMatchObject({
      name: 'RequestValidationError',
      issues: e.issues,
    });
  });

  it('success bodies still work after errors (sanity)', async () => {
    server = await serve(({ res }) => json(res, 200, ok(true)));
    await expect(noRetry(server).request({ method: 'GET', path: '/x' })).resolves.toBe(true);
  });
});

describe('credentials in error headers', () => {
  it('redacts a key echoed in a response header from error.headers and util.inspect(error)', async () => {
    const legacy = { clovaStudioApiKey: 'legacy-clova-secret', apigwApiKey: 'legacy-gw-secret' };
    server = await serve(({ req, res }) =>
      json(res, 401, fail('40104', 'Invalid key'), {
        'x-echo-auth': String(req.headers.authorization ?? ''),
        'x-echo-legacy': String(req.headers['x-ncp-clovastudio-api-key'] ?? ''),
        authorization: 'Bearer nv-echoedback0000000',
        'x-trace': 't1',
      }),
    );
    const bearer = await caught(noRetry(server).request({ method: 'GET', path: '/x' }));
    expect(bearer.headers?.get('x-echo-auth')).toBe('Bearer [redacted]');
    expect(bearer.headers?.get('authorization')).toBe('[redacted]');
    expect(bearer.headers?.get('x-trace')).toBe('t1');
    const pair = await caught(
      new Transport({
        baseURL: server.url,
        legacyKeys: legacy,
        maxRetries: 0,
        logLevel: 'off',
      }).request({ method: 'GET', path: '/x' }),
    );
    expect(pair.headers?.get('x-echo-legacy')).toBe('[redacted]');
    const shown = inspect(bearer, { depth: 5 }) + inspect(pair, { depth: 5 });
    expect(shown).not.toContain(fast.apiKey);
    expect(shown).not.toContain('nv-echoedback');
    expect(shown).not.toContain('legacy-clova-secret');
  });
});
