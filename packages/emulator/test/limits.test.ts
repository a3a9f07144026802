/**
 * Regression tests of issue 14's emulator defects: deep nesting (1), the sliding window's cost
 * (2) and the request log's size (3).
 */
import { describe, expect, it } from 'vitest';
import type { Turn } from '../src/engine/conversation.ts';
import { turnTokens } from '../src/engine/prompt-tokens.ts';
import { MAX_JSON_DEPTH, MAX_RECORDED_BODY_CHARS } from '../src/http/body.ts';
import { startEmulator } from '../src/index.ts';
import { createRequestStore } from '../src/request-store.ts';
import { slideWindow } from '../src/routes/sliding-window.ts';
import { post, useEmulator } from './helpers.ts';

/** A JSON schema nested `levels` deep, as text (JSON.stringify itself would overflow first). */
function nestedSchema(levels: number): string {
  return `${'{"type":"object","properties":{"a":'.repeat(levels)}{"type":"string"}${'}}'.repeat(levels)}`;
}

describe('deeply nested JSON (defect 1)', () => {
  const ctx = useEmulator();
  const messages = '[{"role":"user","content":"hi"}]';

  it.each([2_000, 20_000])(
    'a tool schema %i levels deep gets 400 40000 on every chat route',
    async (levels) => {
      const tool = `{"type":"function","function":{"name":"f","description":"d","parameters":${nestedSchema(levels)}}}`;
      const routes: [string, string][] = [
        ['/v3/chat-completions/HCX-005', `{"messages":${messages},"tools":[${tool}]}`],
        [
          '/v1/openai/chat/completions',
          `{"model":"HCX-005","messages":${messages},"tools":[${tool}]}`,
        ],
        ['/v3/api-tools/chat-tokenize/HCX-005', `{"messages":${messages},"tools":[${tool}]}`],
        ['/v1/api-tools/rag-reasoning', `{"messages":${messages},"tools":[${tool}]}`],
      ];
      for (const [path, body] of routes) {
        if (levels === 2_000) expect(body.length).toBeGreaterThan(70_000);
        const response = await post(ctx.emu, path, body);
        expect(response.status, path).toBe(400);
        const text = await response.text();
        expect(text).toContain('40000');
        expect(text).toContain(`nested more than ${MAX_JSON_DEPTH} levels deep`);
      }
    },
  );

  it('a schema within the limit still works (a tool call is made)', async () => {
    const tool = `{"type":"function","function":{"name":"f","description":"d","parameters":${nestedSchema(20)}}}`;
    const response = await post(
      ctx.emu,
      '/v3/chat-completions/HCX-005',
      `{"messages":${messages},"tools":[${tool}],"toolChoice":{"type":"function","function":{"name":"f"}}}`,
    );
    expect(response.status).toBe(200);
    expect((await response.json()).result.message.toolCalls).toHaveLength(1);
  });
});

describe('sliding window cost (defect 2)', () => {
  const ctx = useEmulator();
  const turns = (count: number): Turn[] =>
    Array.from({ length: count }, (_, i) => ({
      role: i === 0 ? 'system' : i % 2 ? 'user' : 'assistant',
      text: `message ${i} with a few words`,
      images: 0,
    }));

  it('counts each message once: linear in the number of messages', () => {
    for (const count of [100, 20_000]) {
      let calls = 0;
      const kept = slideWindow(turns(count), 100, 4096, (turn) => {
        calls++;
        return turnTokens(turn);
      });
      expect(calls).toBe(count);
      expect(kept[0]?.role).toBe('system');
      expect(kept.at(-1)?.text).toBe(`message ${count - 1} with a few words`);
      expect(kept.reduce((n, t) => n + turnTokens(t), 100)).toBeLessThanOrEqual(4096);
    }
  });

  it('answers 20,000 messages with the newest ones that fit', async () => {
    const messages = turns(20_000).map((t) => ({ role: t.role, content: t.text }));
    const response = await post(ctx.emu, '/v1/api-tools/sliding/chat-messages/HCX-003', {
      messages,
      maxTokens: 100,
    });
    expect(response.status).toBe(200);
    const kept = (await response.json()).result.messages as { role: string; content: string }[];
    expect(kept[0]?.role).toBe('system');
    expect(kept.at(-1)?.content).toBe('message 19999 with a few words');
    expect(kept.length).toBeLessThan(1_000);
  });
});

describe('request log size (defect 3)', () => {
  it('keeps a body over 1 MiB as its start and a marker', async () => {
    const emu = await startEmulator({ rateLimits: false });
    try {
      const big = 'x'.repeat(3 * 1024 * 1024);
      await post(emu, '/v1/api-tools/embedding/v2', { text: big });
      const body = emu.requests.at(-1)?.body;
      expect(typeof body).toBe('string');
      expect((body as string).length).toBeLessThan(MAX_RECORDED_BODY_CHARS + 100);
      expect(body as string).toMatch(/…\[truncated by the emulator: \d+ bytes in all\]$/);
      // small bodies are still kept parsed
      await post(emu, '/v1/api-tools/embedding/v2', { text: 'small' });
      expect(emu.requests.at(-1)?.body).toEqual({ text: 'small' });
    } finally {
      await emu.close();
    }
  });

  it('drops the oldest requests once the bodies pass the byte cap', () => {
    const store = createRequestStore(10_000, 10 * MAX_RECORDED_BODY_CHARS);
    const entry = (n: number) =>
      ({
        method: 'POST',
        path: `/${n}`,
        headers: {},
        body: '',
        status: 200,
        code: '20000',
        requestId: undefined,
        durationMs: 0,
        aborted: false,
      }) as const;
    // 40 bodies of 10 MB each count 1 MiB each (they are kept truncated): the last 10 stay
    for (let i = 0; i < 40; i++) store.record({ ...entry(i) }, 10_000_000);
    expect(store.requests).toHaveLength(10);
    expect(store.requests[0]?.path).toBe('/30');
    store.record({ ...entry(99) }, 10);
    expect(store.requests.at(-1)?.path).toBe('/99');
    store.clear();
    expect(store.requests).toHaveLength(0);
  });
});
