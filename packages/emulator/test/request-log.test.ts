import { setTimeout as sleep } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import type { RecordedRequest, RunningEmulator } from '../src/index.ts';
import { post, stream, useEmulator } from './helpers.ts';

const PATH = '/v3/chat-completions/HCX-005';
const BODY = { messages: [{ role: 'user', content: 'tell me a long story' }], maxTokens: 200 };

/** The recorded entry of the request with this request id, once it is there. */
async function entryOf(emu: RunningEmulator, requestId: string): Promise<RecordedRequest> {
  for (let i = 0; i < 500; i++) {
    const entry = emu.requests.find((r) => r.requestId === requestId);
    if (entry) return entry;
    await sleep(10);
  }
  throw new Error(`no recorded request ${requestId}`);
}

/** Waits (bounded) until `entry.aborted` is true. */
async function abortSeen(entry: RecordedRequest): Promise<boolean> {
  for (let i = 0; i < 500 && !entry.aborted; i++) await sleep(10);
  return entry.aborted;
}

describe('RecordedRequest.aborted', () => {
  const ctx = useEmulator({ latency: { firstTokenMs: 0, perTokenMs: 20 } });

  it('is false for an answer the client read to the end (JSON and stream)', async () => {
    const id = 'log-complete-1';
    expect((await post(ctx.emu, PATH, BODY, { 'x-ncp-clovastudio-request-id': id })).status).toBe(
      200,
    );
    const sid = 'log-complete-2';
    const { events } = await stream(
      ctx.emu,
      PATH,
      { ...BODY, maxTokens: 3 },
      {
        'x-ncp-clovastudio-request-id': sid,
      },
    );
    expect(events.at(-1)?.event).toBe('result');
    // give the server a moment to see the connection end, then check nothing flipped it
    await sleep(50);
    expect((await entryOf(ctx.emu, id)).aborted).toBe(false);
    expect((await entryOf(ctx.emu, sid)).aborted).toBe(false);
  });

  it('turns true when the client cuts a stream before it is complete', async () => {
    const id = 'log-abort-stream';
    const response = await post(ctx.emu, PATH, BODY, {
      accept: 'text/event-stream',
      'x-ncp-clovastudio-request-id': id,
    });
    const reader = response.body?.getReader();
    expect((await reader?.read())?.done).toBe(false);
    await reader?.cancel();
    expect(await abortSeen(await entryOf(ctx.emu, id))).toBe(true);
  });

  it('turns true when the client aborts a JSON request while the emulator is still answering', async () => {
    const id = 'log-abort-json';
    const controller = new AbortController();
    const pending = fetch(`${ctx.emu.url}${PATH}`, {
      method: 'POST',
      signal: controller.signal,
      headers: {
        authorization: `Bearer ${ctx.emu.apiKey}`,
        'content-type': 'application/json',
        'x-ncp-clovastudio-request-id': id,
      },
      body: JSON.stringify({ ...BODY, maxTokens: 20 }),
    }).catch(() => undefined);
    await sleep(50);
    controller.abort();
    await pending;
    expect(await abortSeen(await entryOf(ctx.emu, id))).toBe(true);
  });

  it('stays false when the emulator cuts the stream itself (cut-after fault)', async () => {
    const id = 'log-server-cut';
    await stream(ctx.emu, PATH, BODY, {
      'x-ncp-clovastudio-request-id': id,
      'x-clova-emulator-fault': 'cut-after=2',
    }).catch(() => undefined);
    await sleep(50);
    expect((await entryOf(ctx.emu, id)).aborted).toBe(false);
  });
});
