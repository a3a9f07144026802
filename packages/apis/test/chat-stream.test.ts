import { beforeAll, describe, expect, it } from 'vitest';
import { APIUserAbortError, InternalServerError, streamChatCompletion } from '../src/index.ts';
import { FAULT, useEmulator } from './helpers/emulator.ts';

const env = useEmulator({
  scripts: [
    {
      match: 'weather',
      reply: {
        toolCalls: [{ name: 'get_weather', arguments: { location: 'Seoul', unit: 'celsius' } }],
      },
    },
    { match: 'say hello', reply: { text: 'Hello there, friend!' } },
  ],
});
beforeAll(() => env.ready);

const user = (content: string) => [{ role: 'user' as const, content }];

describe('chat.stream', () => {
  it('yields typed token events then a result, and the text in one line', async () => {
    const stream = await env.client.chat.stream({
      model: 'HCX-005',
      messages: user('Please say hello'),
    });
    let text = '';
    for await (const delta of stream.textStream) text += delta;
    expect(text).toBe('Hello there, friend!');
    const final = await stream.finalMessage();
    expect(final.content).toBe(text);
    expect(stream.mismatches).toEqual([]);
    expect((await stream.usage())?.totalTokens).toBeGreaterThan(0);
    expect(await stream.finishReason()).toBe('stop');
    expect(
      env.emulator.requests.at(-1)?.headers.accept ?? env.emulator.requests.at(-1)?.headers.Accept,
    ).toContain('text/event-stream');
  });

  it('text() reads the whole stream', async () => {
    const stream = await env.client.chat.stream({
      model: 'HCX-DASH-002',
      messages: user('say hello'),
    });
    expect(await stream.text()).toBe('Hello there, friend!');
  });

  it('accumulates thinking deltas separately from content', async () => {
    const stream = await env.client.chat.stream({
      model: 'HCX-007',
      messages: user('Why is the sky blue?'),
      maxCompletionTokens: 2048,
    });
    let thinkingEvents = 0;
    for await (const e of stream) {
      if (e.event === 'token' && e.data.message.thinkingContent) {
        thinkingEvents++;
        expect(e.data.message.content ?? '').toBe('');
      }
    }
    expect(thinkingEvents).toBeGreaterThan(0);
    const final = await stream.finalMessage();
    expect(final.thinkingContent?.length).toBeGreaterThan(0);
    expect(stream.accumulator.message.thinkingContent).toBe(final.thinkingContent);
    expect(stream.mismatches).toEqual([]);
  });

  it('assembles tool calls from id/name and partialJson deltas', async () => {
    const stream = await env.client.chat.stream({
      model: 'HCX-005',
      messages: user('weather in Seoul?'),
      tools: [
        {
          type: 'function',
          function: {
            name: 'get_weather',
            description: 'Weather lookup',
            parameters: { type: 'object', properties: { location: { type: 'string' } } },
          },
        },
      ],
      maxTokens: 1024,
    });
    let fragments = 0;
    for await (const e of stream) {
      if (e.event === 'token')
        for (const d of e.data.message.toolCalls ?? []) if (d.function?.partialJson) fragments++;
    }
    expect(fragments).toBeGreaterThan(1);
    const assembled = stream.accumulator.message.toolCalls;
    expect(assembled?.[0]?.function).toEqual({
      name: 'get_weather',
      arguments: { location: 'Seoul', unit: 'celsius' },
    });
    expect(assembled?.[0]?.id).toMatch(/^call_/);
    expect(stream.mismatches).toEqual([]);
    expect(await stream.finishReason()).toBe('tool_calls');
  });

  it('surfaces an in-stream error event as a typed APIError', async () => {
    const stream = await env.client.chat.stream(
      { model: 'HCX-005', messages: user('Please say hello') },
      { headers: { [FAULT]: 'error-after=2; code=50000' } },
    );
    let tokens = 0;
    const err = await (async () => {
      for await (const e of stream) if (e.event === 'token') tokens++;
    })().catch((e: unknown) => e);
    expect(err).toBeInstanceOf(InternalServerError);
    expect((err as InternalServerError).code).toBe('50000');
    expect(tokens).toBe(2);
    await expect(stream.finalMessage()).rejects.toBeInstanceOf(InternalServerError);
  });

  it('abort() stops the stream with APIUserAbortError', async () => {
    const stream = await env.client.chat.stream({
      model: 'HCX-005',
      messages: user('Please say hello'),
    });
    const err = await (async () => {
      for await (const _ of stream) stream.abort();
    })().catch((e: unknown) => e);
    expect(err).toBeInstanceOf(APIUserAbortError);
  });

  it('routes a v1 model and normalises its events into the same shape', async () => {
    const stream = await streamChatCompletion(env.client.transport, {
      model: 'HCX-003',
      messages: user('Please say hello'),
    });
    const kinds: string[] = [];
    for await (const e of stream) kinds.push(e.event);
    expect(kinds.at(-1)).toBe('result');
    expect(await stream.text()).toBe('Hello there, friend!');
    expect(env.emulator.requests.at(-1)?.path).toBe('/v1/chat-completions/HCX-003');
  });

  it('toReadableStream() gives the typed events', async () => {
    const stream = await env.client.chat.stream({ model: 'HCX-005', messages: user('say hello') });
    const reader = stream.toReadableStream().getReader();
    const events: string[] = [];
    for (;;) {
      const r = await reader.read();
      if (r.done) break;
      events.push(r.value.event);
    }
    expect(events.at(-1)).toBe('result');
    expect(await stream.text()).toBe('Hello there, friend!');
  });

  it('breaking out early leaves the partial message on the accumulator and finalMessage() rejects', async () => {
    const stream = await env.client.chat.stream({
      model: 'HCX-005',
      messages: user('Please say hello'),
    });
    for await (const e of stream) if (e.event === 'token') break;
    expect(stream.accumulator.message.content.length).toBeGreaterThan(0);
    await expect(stream.finalMessage()).rejects.toThrow(/closed before its end/);
  });
});
