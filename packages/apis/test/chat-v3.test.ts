import { beforeAll, describe, expect, it } from 'vitest';
import {
  AuthenticationError,
  BadRequestError,
  createChatCompletion,
  InternalServerError,
  RateLimitError,
} from '../src/index.ts';
import { PNG_DATA_URL, useEmulator } from './helpers/emulator.ts';

const env = useEmulator({
  scripts: [
    {
      match: 'weather',
      reply: { toolCalls: [{ name: 'get_weather', arguments: { location: 'Seoul' } }] },
    },
    { match: 'say hello', reply: { text: 'Hello there!' } },
    { match: 'overloaded', reply: { error: { status: 429, code: '42901' } } },
  ],
});
beforeAll(() => env.ready);

const weatherTool = {
  type: 'function' as const,
  function: {
    name: 'get_weather',
    description: 'Weather lookup',
    parameters: {
      type: 'object',
      properties: { location: { type: 'string' } },
      required: ['location'],
    },
  },
};

describe('chat.create (v3)', () => {
  it('answers a text request on /v3/chat-completions/{model}', async () => {
    const res = await env.client.chat.create({
      model: 'HCX-005',
      messages: [
        { role: 'system', content: 'You are terse.' },
        { role: 'user', content: 'Please say hello' },
      ],
      seed: 42,
      includeAiFilters: true,
    });
    expect(res.message.role).toBe('assistant');
    expect(res.message.content).toBe('Hello there!');
    expect(res.finishReason).toBe('stop');
    expect(res.created).toBeInstanceOf(Date);
    expect(res.seed).toBe(42);
    expect(res.usage?.totalTokens).toBe(
      (res.usage?.promptTokens ?? 0) + (res.usage?.completionTokens ?? 0),
    );
    expect(res.aiFilter?.length).toBeGreaterThan(0);
    const sent = env.emulator.requests.at(-1);
    expect(sent?.path).toBe('/v3/chat-completions/HCX-005');
    expect(sent?.body).not.toHaveProperty('model');
  });

  it('accepts text and image parts on HCX-005', async () => {
    const res = await env.client.chat.create({
      model: 'HCX-005',
      messages: [
        {
          role: 'user',
          content: [
            { type: 'image_url', dataUri: { data: PNG_DATA_URL } },
            { type: 'text', text: 'Describe this picture.' },
          ],
        },
      ],
    });
    expect(typeof res.message.content).toBe('string');
  });

  it('returns thinking content from HCX-007', async () => {
    const res = await env.client.chat.create({
      model: 'HCX-007',
      messages: [{ role: 'user', content: 'Why is the sky blue?' }],
      thinking: { effort: 'low' },
      maxCompletionTokens: 2048,
    });
    expect(res.message.thinkingContent?.length).toBeGreaterThan(0);
    expect(res.usage?.completionTokensDetails?.thinkingTokens).toBeGreaterThan(0);
  });

  it('round-trips a function call with arguments as an object', async () => {
    const client = env.client;
    // not scripted: the emulator picks the tool itself, and answers in text after the tool result
    const messages = [{ role: 'user' as const, content: '내일 서울 날씨 어때?' }];
    const first = await client.chat.create({
      model: 'HCX-005',
      messages,
      tools: [weatherTool],
      maxTokens: 1024,
    });
    expect(first.finishReason).toBe('tool_calls');
    const call = first.message.toolCalls?.[0];
    expect(call?.function.name).toBe('get_weather');
    expect(typeof call?.function.arguments).toBe('object');
    expect(call?.function.arguments).not.toBeNull();
    const second = await client.chat.create({
      model: 'HCX-005',
      tools: [weatherTool],
      messages: [
        ...messages,
        {
          role: 'assistant',
          content: '',
          // a response's tool calls can be resent as they are
          toolCalls: first.message.toolCalls,
        },
        { role: 'tool', toolCallId: call?.id ?? '', content: '{"temperature":21}' },
      ],
    });
    expect(second.finishReason).toBe('stop');
    expect(second.message.content.length).toBeGreaterThan(0);
  });

  it('returns structured output as JSON text on HCX-007', async () => {
    const res = await env.client.chat.create({
      model: 'HCX-007',
      messages: [{ role: 'user', content: 'Give me the forecast' }],
      thinking: { effort: 'none' },
      responseFormat: {
        type: 'json',
        schema: { type: 'object', properties: { high: { type: 'integer' } }, required: ['high'] },
      },
    });
    expect(typeof (JSON.parse(res.message.content) as { high: unknown }).high).toBe('number');
  });

  it('routes a taskId to /v3/tasks/{taskId}/chat-completions', async () => {
    const res = await env.client.chat.create({
      taskId: 'abc123',
      messages: [{ role: 'user', content: 'hi' }],
    });
    expect(res.message.content.length).toBeGreaterThan(0);
    expect(env.emulator.requests.at(-1)?.path).toBe('/v3/tasks/abc123/chat-completions');
  });

  it('works as a standalone function on a transport', async () => {
    const client = env.client;
    const res = await createChatCompletion(client.transport, {
      model: 'HCX-DASH-002',
      messages: [{ role: 'user', content: 'say hello' }],
    }).withResponse();
    expect(res.data.message.content).toBe('Hello there!');
    expect(res.response.status).toBe(200);
    expect(res.requestId).toBe(env.emulator.requests.at(-1)?.requestId);
  });
});

describe('chat.create errors', () => {
  it('an unknown model is BadRequestError 40080', async () => {
    const err = await env.client.chat
      .create({ model: 'HCX-999', messages: [{ role: 'user', content: 'hi' }] })
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(BadRequestError);
    expect((err as BadRequestError).code).toBe('40080');
  });

  it('a wrong key is AuthenticationError', async () => {
    const err = await env
      .clientWith({ apiKey: 'nv-wrong' })
      .chat.create({ model: 'HCX-005', messages: [{ role: 'user', content: 'hi' }] })
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(AuthenticationError);
    expect((err as AuthenticationError).code).toMatch(/^401/);
  });

  it('a rate-limit reply is RateLimitError 42901', async () => {
    const err = await env.client.chat
      .create({ model: 'HCX-005', messages: [{ role: 'user', content: 'overloaded' }] })
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(RateLimitError);
    expect((err as RateLimitError).code).toBe('42901');
  });

  it('a server fault is InternalServerError', async () => {
    const err = await env.client.chat
      .create(
        { model: 'HCX-005', messages: [{ role: 'user', content: 'hi' }] },
        { headers: { 'x-clova-emulator-fault': 'status=500; code=50000' } },
      )
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(InternalServerError);
    expect((err as InternalServerError).code).toBe('50000');
  });
});
