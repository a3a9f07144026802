import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { APIUserAbortError, type ServerSentEvent, Transport } from '../src/index.ts';
import { V3_EVENTS, V3_STREAM, V3_STREAM_SPACED_CRLF } from './fixtures.ts';

// Splits `bytes` at the given positions into chunks, served as one Response through an injected fetch.
function transportFor(bytes: Uint8Array, cuts: number[]) {
  const points = [...new Set(cuts)].sort((a, b) => a - b);
  const chunks: Uint8Array[] = [];
  let at = 0;
  for (const p of [...points, bytes.length]) {
    if (p > at) chunks.push(bytes.slice(at, p));
    at = Math.max(at, p);
  }
  const fetch: typeof globalThis.fetch = async () => {
    let i = 0;
    const body = new ReadableStream<Uint8Array>({
      pull(ctrl) {
        const c = chunks[i++];
        if (c) ctrl.enqueue(c);
        else ctrl.close();
      },
    });
    return new Response(body, { headers: { 'content-type': 'text/event-stream' } });
  };
  return new Transport({
    apiKey: 'nv-prop00000000000',
    baseURL: 'http://sse.invalid',
    fetch,
    logLevel: 'off',
  });
}

async function events(t: Transport): Promise<ServerSentEvent[]> {
  const out: ServerSentEvent[] = [];
  for await (const e of await t.stream({ path: '/x', body: {} })) out.push(e);
  return out;
}

describe('SSE decoding at any chunk boundary', () => {
  for (const [name, text] of [
    ['no space, LF', V3_STREAM],
    ['space, CRLF', V3_STREAM_SPACED_CRLF],
  ] as const) {
    const bytes = new TextEncoder().encode(text);
    it(`gives the same events however the body is split (${name})`, async () => {
      // Korean and emoji are multi-byte: many cuts land inside a character.
      expect(bytes.length).toBeGreaterThan(text.length);
      await fc.assert(
        fc.asyncProperty(
          fc.array(fc.integer({ min: 1, max: bytes.length - 1 }), { maxLength: 40 }),
          async (cuts) => {
            expect(await events(transportFor(bytes, cuts))).toEqual(V3_EVENTS);
          },
        ),
        { numRuns: 300 },
      );
    });

    it(`survives one-byte chunks (${name})`, async () => {
      const cuts = Array.from({ length: bytes.length - 1 }, (_, i) => i + 1);
      expect(await events(transportFor(bytes, cuts))).toEqual(V3_EVENTS);
    });
  }
});

describe('aborting a stream served by a fetch that ignores signals', () => {
  it("still ends a pending read when the caller's signal fires", async () => {
    const fetch: typeof globalThis.fetch = async () =>
      new Response(
        new ReadableStream<Uint8Array>({
          start(c) {
            c.enqueue(new TextEncoder().encode('event:token\ndata:{}\n\n'));
            // ...and then nothing, ever.
          },
        }),
        { headers: { 'content-type': 'text/event-stream' } },
      );
    const t = new Transport({
      apiKey: 'nv-prop00000000000',
      baseURL: 'http://sse.invalid',
      fetch,
      logLevel: 'off',
    });
    const ac = new AbortController();
    const stream = await t.stream({ path: '/x', body: {}, options: { signal: ac.signal } });
    const it = stream[Symbol.asyncIterator]();
    await it.next();
    const pending = it.next();
    ac.abort();
    await expect(pending).rejects.toBeInstanceOf(APIUserAbortError);
  });
});
