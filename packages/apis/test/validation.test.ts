import { beforeAll, describe, expect, it } from 'vitest';
import {
  BadRequestError,
  type ChatCompletionsV3Params,
  RequestValidationError,
} from '../src/index.ts';
import { PNG_DATA_URL, useEmulator } from './helpers/emulator.ts';

const env = useEmulator();
beforeAll(() => env.ready);

const hi = [{ role: 'user' as const, content: 'hi' }];
const image = { type: 'image_url' as const, dataUri: { data: PNG_DATA_URL } };
const imageTurn = {
  role: 'user' as const,
  content: [image, { type: 'text' as const, text: 'what is this?' }],
};
const tool = { type: 'function' as const, function: { name: 'f', description: 'does f' } };

/** [name, params, expected path, expected message fragment] */
const cases: [string, ChatCompletionsV3Params, string, string][] = [
  ['messages is required', { model: 'HCX-005' } as ChatCompletionsV3Params, 'messages', ''],
  ['messages is not empty', { model: 'HCX-005', messages: [] }, 'messages', ''],
  [
    'content has the right type',
    { model: 'HCX-005', messages: [{ role: 'user', content: 42 as unknown as string }] },
    'messages[0].content',
    '',
  ],
  ['temperature ≤ 1', { model: 'HCX-005', messages: hi, temperature: 1.5 }, 'temperature', ''],
  ['topP > 0', { model: 'HCX-005', messages: hi, topP: 0 }, 'topP', ''],
  ['topK ≤ 128', { model: 'HCX-005', messages: hi, topK: 129 }, 'topK', ''],
  ['topK is an integer', { model: 'HCX-005', messages: hi, topK: 1.5 }, 'topK', ''],
  [
    'repetitionPenalty ≤ 2',
    { model: 'HCX-005', messages: hi, repetitionPenalty: 2.5 },
    'repetitionPenalty',
    '',
  ],
  ['seed ≤ 2^32-1', { model: 'HCX-005', messages: hi, seed: 4_294_967_296 }, 'seed', ''],
  ['maxTokens ≤ 4096', { model: 'HCX-005', messages: hi, maxTokens: 5000 }, 'maxTokens', ''],
  [
    'maxCompletionTokens ≤ 32768',
    { model: 'HCX-007', messages: hi, maxCompletionTokens: 40_000 },
    'maxCompletionTokens',
    '',
  ],
  [
    'maxTokens with maxCompletionTokens',
    { model: 'HCX-005', messages: hi, maxTokens: 100, maxCompletionTokens: 100 },
    'maxCompletionTokens',
    'maxTokens',
  ],
  [
    'HCX-007 takes maxCompletionTokens, not maxTokens',
    { model: 'HCX-007', messages: hi, maxTokens: 100 },
    'maxTokens',
    'maxCompletionTokens',
  ],
  [
    'thinking only on HCX-007',
    { model: 'HCX-005', messages: hi, thinking: { effort: 'low' } },
    'thinking',
    'HCX-007',
  ],
  [
    'thinking with tools (default effort)',
    { model: 'HCX-007', messages: hi, tools: [tool] },
    'tools',
    'thinking',
  ],
  [
    'thinking with tools (explicit effort)',
    { model: 'HCX-007', messages: hi, tools: [tool], thinking: { effort: 'high' } },
    'tools',
    'thinking',
  ],
  ['thinking with stop', { model: 'HCX-007', messages: hi, stop: ['x'] }, 'stop', 'thinking'],
  [
    'thinking with structured output',
    {
      model: 'HCX-007',
      messages: hi,
      responseFormat: { type: 'json', schema: { type: 'object' } },
    },
    'responseFormat',
    'thinking',
  ],
  [
    'structured outputs only on HCX-007',
    { model: 'HCX-005', messages: hi, responseFormat: { type: 'json', schema: {} } },
    'responseFormat',
    'HCX-007',
  ],
  [
    'structured outputs with tools',
    {
      model: 'HCX-007',
      messages: hi,
      thinking: { effort: 'none' },
      tools: [tool],
      responseFormat: { type: 'json', schema: {} },
    },
    'responseFormat',
    'tools',
  ],
  [
    'structured-output schemas have no pattern',
    {
      model: 'HCX-007',
      messages: hi,
      thinking: { effort: 'none' },
      responseFormat: {
        type: 'json',
        schema: { type: 'object', properties: { pattern: { type: 'string', pattern: '^a' } } },
      },
    },
    'responseFormat.schema.properties.pattern.pattern',
    'not supported',
  ],
  [
    'tool cap ≥ 1024 (maxTokens)',
    { model: 'HCX-005', messages: hi, tools: [tool], maxTokens: 512 },
    'maxTokens',
    '1024',
  ],
  [
    'tool cap ≥ 1024 (maxCompletionTokens)',
    {
      model: 'HCX-007',
      messages: hi,
      thinking: { effort: 'none' },
      tools: [tool],
      maxCompletionTokens: 1000,
    },
    'maxCompletionTokens',
    '1024',
  ],
  [
    'tools with images',
    { model: 'HCX-005', messages: [imageTurn], tools: [tool], maxTokens: 1024 },
    'tools',
    'image',
  ],
  [
    'images only on vision models',
    { model: 'HCX-DASH-002', messages: [imageTurn] },
    'messages[0].content[0]',
    'images',
  ],
  [
    'at most one image per turn',
    { model: 'HCX-005', messages: [{ role: 'user', content: [image, image] }] },
    'messages[0].content[1]',
    'one image',
  ],
  [
    'at most five images per request',
    { model: 'HCX-005', messages: Array.from({ length: 6 }, () => imageTurn) },
    'messages',
    '5 images',
  ],
  [
    'dataUri is a full data URL',
    {
      model: 'HCX-005',
      messages: [
        { role: 'user', content: [{ type: 'image_url', dataUri: { data: 'iVBORw0KGgo=' } }] },
      ],
    },
    'messages[0].content[0].dataUri.data',
    'data URL',
  ],
  [
    'an image part has exactly one source',
    { model: 'HCX-005', messages: [{ role: 'user', content: [{ type: 'image_url' }] }] },
    'messages[0].content[0]',
    'exactly one',
  ],
  [
    'at most one system message',
    {
      model: 'HCX-005',
      messages: [{ role: 'system', content: 'a' }, { role: 'system', content: 'b' }, ...hi],
    },
    'messages[1]',
    'system',
  ],
  [
    'tool messages need toolCallId',
    {
      model: 'HCX-005',
      messages: [
        ...hi,
        { role: 'tool', content: '{}' } as unknown as {
          role: 'tool';
          content: string;
          toolCallId: string;
        },
      ],
    },
    'messages[1].toolCallId',
    '',
  ],
  [
    'model or taskId, not both',
    { model: 'HCX-005', taskId: 't', messages: hi },
    'model',
    'exactly one',
  ],
  ['model or taskId, not neither', { messages: hi }, 'model', 'exactly one'],
  [
    'tuned tasks take no tools',
    { taskId: 't', messages: hi, tools: [tool], maxTokens: 1024 },
    'tools',
    'function calling',
  ],
  [
    'tuned tasks take no images',
    { taskId: 't', messages: [imageTurn] },
    'messages[0].content[0]',
    'images',
  ],
];

describe('request validation (chat.create), before anything is sent', () => {
  it.each(cases)('%s', async (_name, params, path, fragment) => {
    const client = env.client;
    const err = await client.chat.create(params).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(RequestValidationError);
    const v = err as RequestValidationError;
    expect(v.issues.map((i) => i.path)).toContain(path);
    if (fragment) expect(v.issues.find((i) => i.path === path)?.message).toContain(fragment);
    // the same rule applies to streams
    await expect(client.chat.stream(params)).rejects.toBeInstanceOf(RequestValidationError);
    expect(env.emulator.requests).toHaveLength(0);
  });

  it('names every failing field at once', async () => {
    const err = (await env.client.chat
      .create({ model: 'HCX-005', messages: hi, temperature: 9, topK: -1 })
      .catch((e: unknown) => e)) as RequestValidationError;
    expect(err.issues.map((i) => i.path).sort()).toEqual(['temperature', 'topK']);
    expect(err.path).toBe(err.issues[0]?.path);
  });

  it('strips thinkingContent from assistant messages (the docs forbid sending it back)', async () => {
    await env.client.chat.create({
      model: 'HCX-005',
      messages: [
        ...hi,
        { role: 'assistant', content: 'hello', thinkingContent: 'secret' } as never,
        ...hi,
      ],
    });
    const body = env.emulator.requests.at(-1)?.body as { messages: Record<string, unknown>[] };
    expect(body.messages[1]).not.toHaveProperty('thinkingContent');
  });
});

describe('other endpoints validate too', () => {
  it('v1: temperature must be > 0', async () => {
    const err = await env.client.chat.v1
      .create({ model: 'HCX-003', messages: hi, temperature: 0 })
      .catch((e: unknown) => e);
    expect((err as RequestValidationError).path).toBe('temperature');
  });
  it('v1 via chat.create: repetitionPenalty has no v1 equivalent', async () => {
    const err = await env.client.chat
      .create({ model: 'HCX-003', messages: hi, repetitionPenalty: 1.1 })
      .catch((e: unknown) => e);
    expect((err as RequestValidationError).path).toBe('repetitionPenalty');
  });
  it('OpenAI layer: unsupported OpenAI fields and n ≠ 1', async () => {
    const err = (await env.client.openai.chat.completions
      .create({
        model: 'HCX-005',
        messages: hi,
        presence_penalty: 1 as never,
        n: 2 as 1,
      })
      .catch((e: unknown) => e)) as RequestValidationError;
    expect(err.issues.map((i) => i.path).sort()).toEqual(['n', 'presence_penalty']);
  });
  it('Embedding v2 tokenizer: text of 1 to 10,000 characters', async () => {
    const err = await env.client.tokenizer.embeddingV2({ text: '' }).catch((e: unknown) => e);
    expect((err as RequestValidationError).path).toBe('text');
  });
  it('sliding window: maxTokens within 1–4096', async () => {
    const err = await env.client.slidingWindow
      .chatMessages({ model: 'HCX-003', maxTokens: 5000, messages: hi })
      .catch((e: unknown) => e);
    expect((err as RequestValidationError).path).toBe('maxTokens');
  });
  it('nothing was sent', () => {
    expect(env.emulator.requests).toHaveLength(0);
  });
});

describe('validation opt-out', () => {
  const relaxed = { model: 'HCX-005', messages: hi, temperature: 1.5 } as const;

  it('client option validation: false sends the request; the service answers 40001', async () => {
    const err = await env
      .clientWith({ validation: false })
      .chat.create(relaxed)
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(BadRequestError);
    expect((err as BadRequestError).code).toBe('40001');
    expect(env.emulator.requests).toHaveLength(1);
    expect(env.emulator.requests[0]?.body).toMatchObject({ temperature: 1.5 });
  });

  it('per-request validate: false does the same, and validate: true overrides the client', async () => {
    await env.client.chat.create(relaxed, { validate: false }).catch(() => undefined);
    expect(env.emulator.requests).toHaveLength(1);
    const err = await env
      .clientWith({ validation: false })
      .chat.create(relaxed, { validate: true })
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(RequestValidationError);
    expect(env.emulator.requests).toHaveLength(1);
  });
});
