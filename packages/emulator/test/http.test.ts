import { request } from 'node:http';
import { describe, expect, it } from 'vitest';
import { startEmulator } from '../src/index.ts';
import { errorOf, post, useEmulator } from './helpers.ts';

const BODY = { messages: [{ role: 'user', content: 'hi' }] };
const PATH = '/v3/chat-completions/HCX-005';

describe('authentication', () => {
  const lines: string[] = [];
  const ctx = useEmulator({
    apiKeys: ['nv-0123456789abcdef0123456789abcdefAbC1', 'nv-ffffffffffffffffffffffffffffffffZz99'],
    legacyKeys: [{ clovaStudioApiKey: 'NTA0MjU2MWZlZTcxNDJiY', apigwApiKey: 'gateway-key' }],
    log: (line) => lines.push(line),
  });

  it('accepts every configured key and returns the first as apiKey', async () => {
    expect(ctx.emu.apiKey).toBe('nv-0123456789abcdef0123456789abcdefAbC1');
    const other = await post(ctx.emu, PATH, BODY, {
      authorization: 'Bearer nv-ffffffffffffffffffffffffffffffffZz99',
    });
    expect(other.status).toBe(200);
  });

  it('answers 40100 for missing or malformed credentials, 40102 for a doubled Bearer, 40104 for an unknown key', async () => {
    const cases: [Record<string, string>, string, string][] = [
      [{ authorization: '' }, '40100', 'Unauthorized'],
      [{ authorization: 'Basic abc' }, '40100', 'Unauthorized'],
      [{ authorization: 'Bearer' }, '40100', 'Unauthorized'],
      [{ authorization: 'Bearer nv-00000000000000000000000000000000XXXX' }, '40104', 'Invalid key'],
      // a doubled scheme, as a live capture shows it [3P-LIVE]
      [
        { authorization: `Bearer Bearer ${ctx.emu.apiKey}` },
        '40102',
        'Invalid Authentication Type',
      ],
    ];
    for (const [headers, code, message] of cases) {
      const e = await errorOf(await post(ctx.emu, PATH, BODY, headers));
      expect(e).toEqual({ status: 401, code, message });
    }
    const missing = await fetch(`${ctx.emu.url}${PATH}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{}',
    });
    expect(await errorOf(missing)).toEqual({ status: 401, code: '40100', message: 'Unauthorized' });
  });

  it('accepts configured legacy key pairs on native routes only', async () => {
    const legacy = (studio: string, gateway: string, path = PATH) =>
      fetch(`${ctx.emu.url}${path}`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'x-ncp-clovastudio-api-key': studio,
          'x-ncp-apigw-api-key': gateway,
        },
        body: JSON.stringify(BODY),
      });
    expect((await legacy('NTA0MjU2MWZlZTcxNDJiY', 'gateway-key')).status).toBe(200);
    expect((await errorOf(await legacy('NTA0MjU2MWZlZTcxNDJiY', 'wrong'))).code).toBe('40104');
    expect((await errorOf(await legacy('NTA0MjU2MWZlZTcxNDJiY', ''))).code).toBe('40100');
    const openai = await legacy(
      'NTA0MjU2MWZlZTcxNDJiY',
      'gateway-key',
      '/v1/openai/chat/completions',
    );
    expect(openai.status).toBe(401);
  });

  it('logs method, path, status, code, request id and duration, never the key', async () => {
    await post(ctx.emu, `/testapp${PATH}`, BODY, { 'x-ncp-clovastudio-request-id': 'req-123' });
    const line = lines.find((l) => l.includes('req-123'));
    expect(line).toMatch(/^POST \/v3\/chat-completions\/HCX-005 200 20000 req-123 \d+(\.\d+)?ms$/);
    expect(lines.join('\n')).not.toContain('nv-0123456789abcdef');
    const recorded = ctx.emu.requests.find((r) => r.requestId === 'req-123');
    expect(recorded).toMatchObject({
      method: 'POST',
      path: PATH,
      status: 200,
      code: '20000',
      body: BODY,
    });
  });
});

describe('paths, bodies and envelopes', () => {
  const ctx = useEmulator();

  it('accepts /testapp and /serviceapp prefixes and a trailing slash on every route', async () => {
    for (const path of [`/testapp${PATH}`, `/serviceapp${PATH}/`, `${PATH}/`]) {
      expect((await post(ctx.emu, path, BODY)).status).toBe(200);
    }
    const tool = await post(ctx.emu, '/serviceapp/v1/api-tools/embedding/v2/', {
      text: '안녕하세요',
    });
    expect(tool.status).toBe(200);
    const models = await fetch(`${ctx.emu.url}/v1/openai/models/`, {
      headers: { authorization: `Bearer ${ctx.emu.apiKey}` },
    });
    expect(models.status).toBe(200);
  });

  it('records the request id header', async () => {
    await post(ctx.emu, PATH, BODY, { 'x-ncp-clovastudio-request-id': 'abc' });
    expect(ctx.emu.requests.at(-1)?.requestId).toBe('abc');
  });

  it('answers malformed JSON with 40000, a wrong content type with 41500, an unknown path with 40400', async () => {
    expect(await errorOf(await post(ctx.emu, PATH, '{"messages": ['))).toEqual({
      status: 400,
      code: '40000',
      message: 'Bad request',
    });
    expect(
      await errorOf(await post(ctx.emu, PATH, 'hello', { 'content-type': 'text/plain' })),
    ).toEqual({
      status: 415,
      code: '41500',
      message: 'MediaType error',
    });
    expect(await errorOf(await post(ctx.emu, '/v9/nothing', BODY))).toEqual({
      status: 404,
      code: '40400',
      message: 'Not found',
    });
    const recorded = ctx.emu.requests.find((r) => r.status === 400 && r.code === '40000');
    expect(recorded?.body).toBe('{"messages": [');
  });

  it('answers a path with a literal * as an unknown path (once), not a 500', async () => {
    // found by the fuzz test: Hono's router read `/*` as a wildcard and ran every middleware twice
    const before = ctx.emu.requests.length;
    expect(await errorOf(await post(ctx.emu, '/*', BODY))).toEqual({
      status: 404,
      code: '40400',
      message: 'Not found',
    });
    expect(ctx.emu.requests.length).toBe(before + 1);
  });

  it('answers a body over 50 MB with 413 41300', async () => {
    const big = `{"messages":[{"role":"user","content":"${'a'.repeat(51 * 1024 * 1024)}"}]}`;
    expect(await errorOf(await post(ctx.emu, PATH, big))).toEqual({
      status: 413,
      code: '41300',
      message: 'Request body size exceeded',
    });
  });

  /** Streams 52 MB without a content-length to `path` and resolves with the status. */
  function sendChunked(path: string, contentType: string): Promise<number> {
    return new Promise<number>((resolve, reject) => {
      const req = request(`${ctx.emu.url}${path}`, {
        method: 'POST',
        // a fresh connection: the server may close one whose upload it refused
        agent: false,
        headers: {
          authorization: `Bearer ${ctx.emu.apiKey}`,
          'content-type': contentType,
          'transfer-encoding': 'chunked',
        },
      });
      req.on('response', (res) => {
        res.resume();
        resolve(res.statusCode ?? 0);
      });
      req.on('error', reject);
      const chunk = Buffer.alloc(1024 * 1024, 'a');
      let sent = 0;
      const write = () => {
        while (sent < 52) {
          sent++;
          if (!req.write(chunk)) return void req.once('drain', write);
        }
        req.end();
      };
      write();
    });
  }

  it('answers an oversized chunked body (no content-length) with 41300 too', async () => {
    expect(await sendChunked(PATH, 'application/json')).toBe(413);
  });

  it('holds a chunked multipart upload (tuning create) to the same limit', async () => {
    expect(await sendChunked('/tuning/v2/tasks', 'multipart/form-data; boundary=x')).toBe(413);
  });
});

describe('startEmulator', () => {
  it('keeps at most recordRequests entries (0 records none)', async () => {
    for (const [keep, expected] of [
      [4, 3],
      [0, 0],
    ] as const) {
      const emu = await startEmulator({ rateLimits: false, recordRequests: keep });
      try {
        for (let i = 0; i < 5; i++) await post(emu, PATH, BODY);
        expect(emu.requests).toHaveLength(expected);
      } finally {
        await emu.close();
      }
    }
  });

  it('rejects invalid options with a TypeError naming the field', async () => {
    await expect(startEmulator({ port: -1 })).rejects.toThrow(/port/);
    await expect(startEmulator({ latency: { perTokenMs: -5 } })).rejects.toThrow(
      /latency\.perTokenMs/,
    );
    await expect(startEmulator({ faults: [{ path: '' }] })).rejects.toThrow(TypeError);
  });

  it('generates a real-looking key, reports url and port, and resets its log', async () => {
    const emu = await startEmulator({ rateLimits: false });
    try {
      expect(emu.apiKey).toMatch(/^nv-[0-9a-f]{32}[A-Za-z0-9]{4}$/);
      expect(emu.url).toBe(`http://127.0.0.1:${emu.port}`);
      await post(emu, PATH, BODY);
      expect(emu.requests).toHaveLength(1);
      const before = emu.clock.now();
      emu.clock.advance(60_000);
      expect(emu.clock.now() - before).toBeGreaterThanOrEqual(60_000);
      expect(emu.tuningTasks()).toEqual([]);
      emu.reset();
      expect(emu.requests).toHaveLength(0);
    } finally {
      await emu.close();
    }
  });
});
