import { beforeAll, describe, expect, it } from 'vitest';
import { BadRequestError, RequestValidationError } from '../src/index.ts';
import { useEmulator } from './helpers/emulator.ts';

const env = useEmulator({ scripts: [{ match: 'say hello', reply: { text: 'Hello there!' } }] });
beforeAll(() => env.ready);

describe('chat.create routing to v1', () => {
  it('sends HCX-003 to /v1/chat-completions and normalises the result into the v3 shape', async () => {
    const res = await env.client.chat.create({
      model: 'HCX-003',
      messages: [{ role: 'user', content: [{ type: 'text', text: 'Please say hello' }] }],
      stop: ['\n\n'],
      maxTokens: 100,
    });
    const sent = env.emulator.requests.at(-1);
    expect(sent?.path).toBe('/v1/chat-completions/HCX-003');
    expect(sent?.body).toMatchObject({
      stopBefore: ['\n\n'],
      messages: [{ role: 'user', content: 'Please say hello' }],
    });
    expect(sent?.body).not.toHaveProperty('stop');
    expect(res.message.content).toBe('Hello there!');
    expect(['stop', 'length']).toContain(res.finishReason);
    const { stopReason } = res as { stopReason?: string }; // v1 fields stay on the object, untyped
    expect(stopReason).toBe(String(stopReason).toLowerCase());
    expect(res.usage?.totalTokens).toBeGreaterThan(0);
  });

  it('rejects v3-only features for a v1 model before sending', async () => {
    const err = await env.client.chat
      .create({
        model: 'HCX-DASH-001',
        messages: [{ role: 'user', content: 'hi' }],
        thinking: { effort: 'low' },
      })
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(RequestValidationError);
    expect((err as RequestValidationError).path).toBe('thinking');
    expect(env.emulator.requests).toHaveLength(0);
  });
});

describe('chat.v1', () => {
  it('create returns the v1 shape with a lower-case stopReason', async () => {
    const res = await env.client.chat.v1.create({
      model: 'HCX-DASH-001',
      messages: [{ role: 'user', content: 'Please say hello' }],
      repeatPenalty: 5,
    });
    expect(res.message.content).toBe('Hello there!');
    expect(res.inputLength).toBeGreaterThan(0);
    expect(res.outputLength).toBeGreaterThan(0);
    expect(res.stopReason).toMatch(/^[a-z_]+$/);
  });

  it('create on a tuned task uses /v1/tasks/{id} (or /v2 with taskApiVersion)', async () => {
    const client = env.client;
    await client.chat.v1.create({ taskId: 't1', messages: [{ role: 'user', content: 'hi' }] });
    expect(env.emulator.requests.at(-1)?.path).toBe('/v1/tasks/t1/chat-completions');
    await client.chat.v1.create({
      taskId: 't1',
      taskApiVersion: 'v2',
      messages: [{ role: 'user', content: 'hi' }],
    });
    expect(env.emulator.requests.at(-1)?.path).toBe('/v2/tasks/t1/chat-completions');
  });

  it('stream yields token deltas and a result', async () => {
    const stream = await env.client.chat.v1.stream({
      model: 'HCX-003',
      messages: [{ role: 'user', content: 'Please say hello' }],
    });
    const events: string[] = [];
    for await (const e of stream) events.push(e.event);
    expect(events.at(-1)).toBe('result');
    expect(events.filter((e) => e === 'token').length).toBeGreaterThan(0);
    expect(await stream.text()).toBe('Hello there!');
    expect(stream.mismatches).toEqual([]);
    expect((await stream.usage())?.completionTokens).toBeGreaterThan(0);
  });

  it('a v3 model on v1 is BadRequestError 40084', async () => {
    const err = await env.client.chat.v1
      .create({ model: 'HCX-005', messages: [{ role: 'user', content: 'hi' }] })
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(BadRequestError);
    expect((err as BadRequestError).code).toBe('40084');
  });
});
