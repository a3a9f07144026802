import { afterEach, describe, expect, it, vi } from 'vitest';
import { type Logger, redactHeaders, redactText, Transport } from '../src/index.ts';
import { closeServers, fail, fast, json, ok, serve, sse, type TestServer } from './server.ts';

let server: TestServer | undefined;
afterEach(async () => {
  await closeServers();
  vi.unstubAllEnvs();
  vi.restoreAllMocks();
});

type Line = { level: string; message: string; fields: Record<string, unknown> | undefined };
function recorder(): { logger: Logger; lines: Line[] } {
  const lines: Line[] = [];
  const at = (level: string) => (message: string, fields?: Record<string, unknown>) =>
    lines.push({ level, message, fields });
  return {
    logger: { debug: at('debug'), info: at('info'), warn: at('warn'), error: at('error') },
    lines,
  };
}

describe('logging', () => {
  it('logs method, path, status, code, duration, retries and request id at debug, keys redacted', async () => {
    server = await serve(({ res, attempt }) =>
      attempt === 1
        ? json(res, 503, fail('50000', 'x'), { 'retry-after-ms': '1' })
        : json(res, 200, ok(1)),
    );
    const { logger, lines } = recorder();
    const t = new Transport({
      ...fast,
      baseURL: server.url,
      logger,
      logLevel: 'debug',
      headers: { 'X-NCP-APIGW-API-KEY': 'gw-secret-value', 'x-app': 'demo' },
    });
    await t.request({
      method: 'POST',
      path: '/v3/chat-completions/HCX-005',
      body: {},
      options: { requestId: 'log-1' },
    });
    const retry = lines.find((l) => l.level === 'info');
    expect(retry?.message).toMatch(
      /retrying POST \/v3\/chat-completions\/HCX-005 \(retry 1 in \d+ms\)/,
    );
    const done = lines.find((l) => l.level === 'debug');
    expect(done?.message).toMatch(/^POST \/v3\/chat-completions\/HCX-005 200 20000 \d+ms$/);
    expect(done?.fields).toMatchObject({
      method: 'POST',
      path: '/v3/chat-completions/HCX-005',
      status: 200,
      code: '20000',
      retries: 1,
      requestId: 'log-1',
    });
    expect(typeof done?.fields?.durationMs).toBe('number');
    const headers = done?.fields?.headers as Record<string, string>;
    expect(headers.authorization).toBe('[redacted]');
    expect(headers['x-ncp-apigw-api-key']).toBe('[redacted]');
    expect(headers['x-app']).toBe('demo');
    const all = JSON.stringify(lines);
    expect(all).not.toContain(fast.apiKey);
    expect(all).not.toContain('gw-secret-value');
  });

  it('logs failures with the error class and code', async () => {
    server = await serve(({ res }) => json(res, 400, fail('40001', 'Invalid parameter')));
    const { logger, lines } = recorder();
    const t = new Transport({ ...fast, baseURL: server.url, logger, logLevel: 'debug' });
    await t.request({ method: 'GET', path: '/x' }).catch(() => {});
    expect(lines.at(-1)?.message).toMatch(/^GET \/x 400 40001 \d+ms BadRequestError$/);
  });

  it('logs stream open and end', async () => {
    server = await serve(({ res }) => {
      sse(res);
      res.end('event:result\ndata:{}\n\n');
    });
    const { logger, lines } = recorder();
    const s = await new Transport({
      ...fast,
      baseURL: server.url,
      logger,
      logLevel: 'debug',
    }).stream({
      path: '/s',
      body: {},
    });
    for await (const _ of s);
    expect(lines.map((l) => l.message).at(-1)).toBe('stream POST /s ended after 1 events');
  });

  it('filters by level, reads CLOVA_STUDIO_LOG, and is quiet by default', async () => {
    server = await serve(({ res }) => json(res, 200, ok(1)));
    const { logger, lines } = recorder();
    const base = { apiKey: fast.apiKey, baseURL: server.url, logger };
    await new Transport({ ...base, logLevel: 'info' }).request({ method: 'GET', path: '/x' });
    await new Transport(base).request({ method: 'GET', path: '/x' });
    expect(lines).toHaveLength(0);
    vi.stubEnv('CLOVA_STUDIO_LOG', 'debug');
    await new Transport(base).request({ method: 'GET', path: '/x' });
    expect(lines).toHaveLength(1);
    // an explicit level wins over the environment
    await new Transport({ ...base, logLevel: 'off' }).request({ method: 'GET', path: '/x' });
    expect(lines).toHaveLength(1);
  });

  it('logs to the console with a prefix when no logger is given', async () => {
    server = await serve(({ res }) => json(res, 200, ok(1)));
    const spy = vi.spyOn(console, 'debug').mockImplementation(() => {});
    await new Transport({ apiKey: fast.apiKey, baseURL: server.url, logLevel: 'debug' }).request({
      method: 'GET',
      path: '/x',
    });
    expect(spy).toHaveBeenCalledOnce();
    expect(String(spy.mock.calls[0]?.[0])).toMatch(/^\[clova-studio\] GET \/x 200 20000/);
    expect(JSON.stringify(spy.mock.calls)).not.toContain(fast.apiKey);
  });
});

describe('redaction helpers', () => {
  it('redacts credential headers whatever their case', () => {
    const h = new Headers({
      Authorization: 'Bearer nv-abc',
      'X-NCP-CLOVASTUDIO-API-KEY': 'a',
      'X-NCP-APIGW-API-KEY': 'b',
      'X-NCP-CLOVASTUDIO-REQUEST-ID': 'id',
    });
    expect(redactHeaders(h)).toEqual({
      authorization: '[redacted]',
      'x-ncp-clovastudio-api-key': '[redacted]',
      'x-ncp-apigw-api-key': '[redacted]',
      'x-ncp-clovastudio-request-id': 'id',
    });
  });

  it('redacts given secrets and anything shaped like an nv- key', () => {
    expect(redactText('key nv-0123456789abcdef and s3cr3t', ['s3cr3t'])).toBe(
      'key [redacted] and [redacted]',
    );
    expect(redactText('nv- short nv-abc')).toBe('nv- short nv-abc');
  });
});

describe('debug log redaction', () => {
  it('redacts a key-shaped value or a credential in any header, not only the credential headers', async () => {
    server = await serve(({ res }) => json(res, 200, ok(1)));
    const { logger, lines } = recorder();
    const legacy = { clovaStudioApiKey: 'legacy-clova-secret', apigwApiKey: 'legacy-gw-secret' };
    const t = new Transport({
      baseURL: server.url,
      logger,
      logLevel: 'debug',
      legacyKeys: legacy,
      headers: {
        'x-api-key': 'nv-anotherkey0123456789',
        'x-copy': 'legacy-gw-secret',
        'x-app': 'demo',
      },
    });
    await t.request({ method: 'GET', path: '/x' });
    const headers = lines.find((l) => l.level === 'debug')?.fields?.headers as Record<
      string,
      string
    >;
    expect(headers['x-api-key']).toBe('[redacted]');
    expect(headers['x-copy']).toBe('[redacted]');
    expect(headers['x-app']).toBe('demo');
    const all = JSON.stringify(lines);
    expect(all).not.toContain('nv-anotherkey');
    expect(all).not.toContain('legacy-gw-secret');
    expect(all).not.toContain('legacy-clova-secret');
  });
});
