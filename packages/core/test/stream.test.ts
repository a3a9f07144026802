import { afterEach, describe, expect, it } from 'vitest';
import {
  APIError,
  APITimeoutError,
  APIUserAbortError,
  BadRequestError,
  ClovaStudioError,
  InternalServerError,
  RateLimitError,
  type ServerSentEvent,
  Stream,
  StreamTruncatedError,
} from '../src/index.ts';
import { V3_EVENTS, V3_STREAM, V3_STREAM_SPACED_CRLF } from './fixtures.ts';
import {
  clientFor,
  closeServers,
  fail,
  json,
  serve,
  sleep,
  sse,
  type TestServer,
} from './server.ts';

let server: TestServer | undefined;
afterEach(closeServers);

const client = clientFor;

async function collect<T>(it: AsyncIterable<T>): Promise<{ items: T[]; error: unknown }> {
  const items: T[] = [];
  try {
    for await (const x of it) items.push(x);
  } catch (error) {
    return { items, error };
  }
  return { items, error: undefined };
}

const token = (content: string, id = 'x') =>
  `id:${id}\nevent:token\ndata:{"message":{"role":"assistant","content":"${content}"}}\n\n`;
const result = 'event:result\ndata:{"message":{"role":"assistant","content":"done"}}\n\n';

describe('streams', () => {
  it('yields typed events with data parsed as JSON, ends after result, skips signal [DONE]', async () => {
    server = await serve(({ res }) => {
      sse(res);
      res.end(V3_STREAM);
    });
    const stream = await client(server).stream({
      path: '/v3/chat-completions/HCX-005',
      body: { a: 1 },
    });
    expect(stream).toBeInstanceOf(Stream);
    expect(stream.response.status).toBe(200);
    expect(stream.requestId).toBe(server.seen[0]?.headers['x-ncp-clovastudio-request-id']);
    const { items, error } = await collect(stream);
    expect(error).toBeUndefined();
    expect(items).toEqual(V3_EVENTS);
    const seen = server.seen[0];
    expect(seen?.method).toBe('POST');
    expect(seen?.headers.accept).toBe('text/event-stream');
    expect(seen?.body).toBe('{"a":1}');
  });

  it('accepts `data: ` with a space and CRLF line endings', async () => {
    server = await serve(({ res }) => {
      sse(res);
      res.end(V3_STREAM_SPACED_CRLF);
    });
    const { items } = await collect(await client(server).stream({ path: '/x', body: {} }));
    expect(items).toEqual(V3_EVENTS);
  });

  it('ends on signal {"data":"[DONE]"}, "[DONE]" or a bare data: [DONE], none of them yielded', async () => {
    const tails = [
      'event:signal\ndata:{"data":"[DONE]"}\n\n',
      'event:signal\ndata:[DONE]\n\n',
      'data: [DONE]\n\n',
    ];
    for (const tail of tails) {
      server = await serve(({ res }) => {
        sse(res);
        res.end(token('a') + tail);
      });
      const { items, error } = await collect(
        await client(server).stream({
          path: '/v1/chat-completions/HCX-003',
          body: {},
          endEvents: [],
        }),
      );
      expect(error).toBeUndefined();
      expect(items.map((e) => e.event)).toEqual(['token']);
      await server.close();
      server = undefined;
    }
  });

  it('uses endEvents to know the terminal event (skillset: finalAnswer)', async () => {
    server = await serve(({ res }) => {
      sse(res);
      res.write(
        'event: planning\ndata: {"selectedSkill":{"nameForHuman":"Hotel"},"tokenCount":4}\n\n',
      );
      res.end('event: finalAnswer\ndata: {"finalAnswer":"ok","tokenCount":2}\n\n');
    });
    const { items, error } = await collect(
      await client(server).stream({ path: '/skillsets/x', body: {}, endEvents: ['finalAnswer'] }),
    );
    expect(error).toBeUndefined();
    expect(items.map((e) => e.event)).toEqual(['planning', 'finalAnswer']);
    expect(items[0]?.id).toBeUndefined();

    // ...and without it, the same body is a truncated stream
    const again = await collect(await client(server).stream({ path: '/skillsets/x', body: {} }));
    expect(again.error).toBeInstanceOf(StreamTruncatedError);
    expect(again.items).toHaveLength(2);
  });

  it('turns an in-stream error event into a typed error with the CLOVA code, after the events before it', async () => {
    server = await serve(({ res }) => {
      sse(res);
      res.end(
        `${token('a')}event:error\ndata:{"status":{"code":"42901","message":"Too many requests - rate exceeded"}}\n\n`,
      );
    });
    const stream = await client(server).stream({
      path: '/x',
      body: {},
      options: { requestId: 'sid' },
    });
    const { items, error } = await collect(stream);
    expect(items).toHaveLength(1);
    expect(error).toBeInstanceOf(RateLimitError);
    expect(error).toMatchObject({ code: '42901', status: 429, requestId: 'sid' });
    expect((error as Error).message).toContain('rate exceeded');
    expect(server.seen).toHaveLength(1);
  });

  it('treats an in-band status envelope with a failing code as an error', async () => {
    server = await serve(({ res }) => {
      sse(res);
      res.end(
        'event:token\ndata:{"status":{"code":"50000","message":"Internal server error"}}\n\n',
      );
    });
    const { error } = await collect(await client(server).stream({ path: '/x', body: {} }));
    expect(error).toBeInstanceOf(InternalServerError);
    expect(error).toMatchObject({ code: '50000' });
  });

  it('throws StreamTruncatedError when the body ends without a terminal event', async () => {
    server = await serve(({ res }) => {
      sse(res);
      res.end(`${token('a')}${token('b')}event:token\ndata:{"partial":`);
    });
    const { items, error } = await collect(await client(server).stream({ path: '/x', body: {} }));
    expect(items).toHaveLength(2);
    expect(error).toBeInstanceOf(StreamTruncatedError);
    expect(error).toBeInstanceOf(ClovaStudioError);
    expect((error as Error).message).toMatch(/without a terminal event/);
  });

  it('throws StreamTruncatedError when the connection breaks mid-stream, and does not retry', async () => {
    server = await serve(async ({ res }) => {
      sse(res);
      res.write(token('a'));
      await sleep(20);
      res.destroy();
    });
    const { items, error } = await collect(await client(server).stream({ path: '/x', body: {} }));
    expect(items).toHaveLength(1);
    expect(error).toBeInstanceOf(StreamTruncatedError);
    expect(server.seen).toHaveLength(1);
  });

  it('aborts the HTTP request when the consumer breaks out of for await (the server sees the close)', async () => {
    server = await serve(async ({ res }) => {
      sse(res);
      for (let i = 0; i < 1000 && !res.destroyed; i++) {
        res.write(token(`t${i}`));
        await sleep(5);
      }
    });
    const stream = await client(server).stream({ path: '/x', body: {} });
    let n = 0;
    for await (const _ of stream) if (++n === 2) break;
    await server.clientClosed;
    expect(stream.controller.signal.aborted).toBe(true);
  });

  it('abort() rejects the pending read with APIUserAbortError and closes the connection', async () => {
    server = await serve(async ({ res }) => {
      sse(res);
      res.write(token('a'));
      await sleep(10_000);
    });
    const stream = await client(server).stream({ path: '/x', body: {} });
    const it = stream[Symbol.asyncIterator]();
    expect((await it.next()).value).toMatchObject({ event: 'token' });
    const pending = it.next();
    stream.abort();
    await expect(pending).rejects.toBeInstanceOf(APIUserAbortError);
    await server.clientClosed;
  });

  it('abort() stops handing out events already buffered: next() rejects, then keeps rejecting', async () => {
    server = await serve(async ({ res }) => {
      sse(res);
      res.write(token('a') + token('b') + token('c'));
      await sleep(10_000);
    });
    const stream = await client(server).stream({ path: '/x', body: {} });
    const it = stream[Symbol.asyncIterator]();
    expect((await it.next()).value).toMatchObject({ data: { message: { content: 'a' } } });
    stream.abort(); // 'b' and 'c' arrived in the same chunk and are buffered
    await expect(it.next()).rejects.toBeInstanceOf(APIUserAbortError);
    await expect(it.next()).rejects.toBeInstanceOf(APIUserAbortError);
    await server.clientClosed;
    const mapped = await client(server).stream({ path: '/x', body: {} });
    const items: unknown[] = [];
    const error = await (async () => {
      for await (const e of mapped.map((x) => x.event)) {
        items.push(e);
        mapped.abort();
      }
    })().catch((x: unknown) => x);
    expect(items).toEqual(['token']);
    expect(error).toBeInstanceOf(APIUserAbortError);
  });

  it('breaking out of for await leaves nothing to hand out', async () => {
    server = await serve(({ res }) => {
      sse(res);
      res.end(token('a') + token('b') + result);
    });
    const stream = await client(server).stream({ path: '/x', body: {} });
    const it = stream[Symbol.asyncIterator]();
    expect((await it.next()).done).toBe(false);
    expect(await it.return?.()).toEqual({ done: true, value: undefined });
    expect(await it.next()).toEqual({ done: true, value: undefined });
  });

  it("the caller's AbortSignal aborts a stream mid-way", async () => {
    server = await serve(async ({ res }) => {
      sse(res);
      res.write(token('a'));
      await sleep(10_000);
    });
    const ac = new AbortController();
    const stream = await client(server).stream({
      path: '/x',
      body: {},
      options: { signal: ac.signal },
    });
    const items: ServerSentEvent[] = [];
    const run = collect(stream);
    await sleep(20);
    ac.abort();
    const { error } = await run;
    expect(error).toBeInstanceOf(APIUserAbortError);
    expect(items).toHaveLength(0);
    await server.clientClosed;
  });

  it('times out a stream that stays idle longer than streamIdleTimeout', async () => {
    server = await serve(async ({ res }) => {
      sse(res);
      res.write(token('a'));
      await sleep(10_000);
    });
    const stream = await client(server, { streamIdleTimeout: 50 }).stream({ path: '/x', body: {} });
    const { items, error } = await collect(stream);
    expect(items).toHaveLength(1);
    expect(error).toBeInstanceOf(APITimeoutError);
    expect((error as Error).message).toMatch(/idle/);
    await server.clientClosed;
  });

  it('converts to a web ReadableStream', async () => {
    server = await serve(({ res }) => {
      sse(res);
      res.end(V3_STREAM);
    });
    const rs = (await client(server).stream({ path: '/x', body: {} })).toReadableStream();
    expect(rs).toBeInstanceOf(ReadableStream);
    const items: unknown[] = [];
    for await (const e of rs) items.push(e);
    expect(items).toEqual(V3_EVENTS);
  });

  it('cancelling the ReadableStream aborts the request; errors error the ReadableStream', async () => {
    server = await serve(async ({ res, req }) => {
      sse(res);
      res.write(token('a'));
      if (req.url === '/err')
        res.end(
          'event:error\ndata:{"status":{"code":"40003","message":"Context length exceeded"}}\n\n',
        );
      else await sleep(10_000);
    });
    const t = client(server);
    const reader = (await t.stream({ path: '/hang', body: {} })).toReadableStream().getReader();
    await reader.read();
    await reader.cancel();
    await server.clientClosed;

    const r2 = (await t.stream({ path: '/err', body: {} })).toReadableStream().getReader();
    await r2.read();
    await expect(r2.read()).rejects.toBeInstanceOf(BadRequestError);
  });

  it('map() transforms events and keeps response, request id and abort', async () => {
    server = await serve(({ res }) => {
      sse(res);
      res.end(V3_STREAM);
    });
    const stream = await client(server).stream<{ message: { content: string } }>({
      path: '/x',
      body: {},
    });
    const mapped = stream.map((e) => e.data.message.content);
    expect(mapped.response).toBe(stream.response);
    expect(mapped.requestId).toBe(stream.requestId);
    expect(mapped.controller).toBe(stream.controller);
    const { items } = await collect(mapped);
    expect(items).toEqual(['안녕', '하세요 😀', '', '안녕하세요 😀']);
  });

  it('can be iterated once only', async () => {
    server = await serve(({ res }) => {
      sse(res);
      res.end(result);
    });
    const stream = await client(server).stream({ path: '/x', body: {} });
    await collect(stream);
    expect(() => stream[Symbol.asyncIterator]()).toThrow(ClovaStudioError);
  });

  it('keeps data that is not JSON as a string', async () => {
    server = await serve(({ res }) => {
      sse(res);
      res.end(`event:note\ndata:plain text\n\n${result}`);
    });
    const { items } = await collect(await client(server).stream({ path: '/x', body: {} }));
    expect(items[0]).toEqual({ id: undefined, event: 'note', data: 'plain text' });
  });

  it('retries before the headers (429 then stream), and rejects typed on HTTP errors', async () => {
    server = await serve(({ req, res, attempt }) => {
      if (req.url === '/bad') return json(res, 400, fail('40001', 'Invalid parameter'));
      if (attempt === 1)
        return json(res, 429, fail('42901', 'Too many requests'), { 'retry-after-ms': '1' });
      sse(res);
      res.end(token('a') + result);
    });
    const t = client(server);
    const { data: stream, response } = await t.stream({ path: '/x', body: {} }).withResponse();
    expect(response.status).toBe(200);
    const { items } = await collect(stream);
    expect(items.map((e) => e.event)).toEqual(['token', 'result']);
    expect(server.seen).toHaveLength(2);
    expect(server.seen[0]?.headers['x-ncp-clovastudio-request-id']).toBe(
      server.seen[1]?.headers['x-ncp-clovastudio-request-id'],
    );
    await expect(t.stream({ path: '/bad', body: {} })).rejects.toBeInstanceOf(BadRequestError);
  });

  it("retries slow headers, and the stream's controller is the answering attempt's: the timeout spares it, abort() closes it", async () => {
    server = await serve(async ({ res, attempt }) => {
      if (attempt === 1) await sleep(5_000);
      if (res.destroyed) return;
      sse(res);
      res.write(token('a'));
      await sleep(10_000);
    });
    const ac = new AbortController();
    const stream = await client(server, { timeout: 50 }).stream({
      path: '/x',
      body: {},
      options: { signal: ac.signal },
    });
    expect(server.seen).toHaveLength(2);
    expect(stream.controller.signal.aborted).toBe(false);
    const it = stream[Symbol.asyncIterator]();
    expect((await it.next()).value).toMatchObject({ event: 'token' });
    const pending = it.next();
    stream.abort();
    await expect(pending).rejects.toBeInstanceOf(APIUserAbortError);
    while (server.closedEarly() < 2) await sleep(5); // the timed-out attempt, then this stream
    expect(ac.signal.aborted).toBe(false);
  });

  it('reports a JSON answer to a streaming request: its error, or that it is not a stream', async () => {
    server = await serve(({ req, res }) => {
      if (req.url === '/err') json(res, 200, fail('40009', 'Unsupported function'));
      else json(res, 200, { status: { code: '20000', message: 'OK' }, result: {} });
    });
    const t = client(server);
    await expect(t.stream({ path: '/err', body: {} })).rejects.toBeInstanceOf(BadRequestError);
    const e = await t.stream({ path: '/ok', body: {} }).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(APIError);
    expect((e as Error).message).toMatch(/expected an event stream/);
  });

  it('streams with GET and a query string', async () => {
    server = await serve(({ res }) => {
      sse(res);
      res.end(result);
    });
    const { items } = await collect(
      await client(server).stream({ method: 'GET', path: '/x', query: { a: 'b' } }),
    );
    expect(items).toHaveLength(1);
    expect(server.seen[0]?.method).toBe('GET');
    expect(server.seen[0]?.url).toBe('/x?a=b');
  });
});

describe('OpenAI-compatible error chunks', () => {
  it('throws an {error} chunk as the typed APIError for its code, after the chunks before it', async () => {
    server = await serve(({ res }) => {
      sse(res);
      res.end(
        'data: {"choices":[{"delta":{"content":"Hi"}}]}\n\n' +
          'data: {"error":{"message":"Too many requests","type":null,"param":null,"code":"42901"}}\n\n' +
          'data: [DONE]\n\n',
      );
    });
    const { items, error } = await collect(
      await client(server).stream({ path: '/v1/openai/chat/completions', body: {}, endEvents: [] }),
    );
    expect(items).toHaveLength(1);
    expect(error).toBeInstanceOf(RateLimitError);
    expect(error).toMatchObject({ status: 429, code: '42901' });
  });
});
