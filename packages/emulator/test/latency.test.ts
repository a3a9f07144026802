import { describe, expect, it } from 'vitest';
import { post, stream, useEmulator } from './helpers.ts';

const BODY = { messages: [{ role: 'user', content: 'hi' }], maxTokens: 4 };

describe('latency options', () => {
  const ctx = useEmulator({ latency: { firstTokenMs: 80, perTokenMs: 10 } });

  // lower bounds only: a timer never fires before its delay, so these cannot flake on a slow machine
  it('delays the first event and spaces the following ones', async () => {
    const started = performance.now();
    const { events } = await stream(ctx.emu, '/v3/chat-completions/HCX-005', BODY);
    const tokens = events.filter((e) => e.event === 'token').length;
    expect(tokens).toBe(4);
    expect(performance.now() - started).toBeGreaterThanOrEqual(75 + 10 * tokens - 5);
  });

  it('makes non-streaming replies wait as long as the stream would', async () => {
    const started = performance.now();
    const response = await post(ctx.emu, '/v3/chat-completions/HCX-005', BODY);
    expect(response.status).toBe(200);
    expect(performance.now() - started).toBeGreaterThanOrEqual(75 + 10 * 3 - 5);
  });
});
