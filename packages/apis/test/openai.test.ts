import { beforeAll, describe, expect, it } from 'vitest';
import { AuthenticationError, BadRequestError, InternalServerError } from '../src/index.ts';
import { FAULT, useEmulator } from './helpers/emulator.ts';

const env = useEmulator({
  scripts: [
    {
      match: 'weather',
      reply: { toolCalls: [{ name: 'get_weather', arguments: { location: 'Seoul' } }] },
    },
    { match: 'say hello', reply: { text: 'Hello there!' } },
  ],
});
beforeAll(() => env.ready);

const hello = [{ role: 'user' as const, content: 'Please say hello' }];

describe('OpenAI-compatible layer', () => {
  it('chat.completions.create', async () => {
    const res = await env.client.openai.chat.completions.create({
      model: 'HCX-005',
      messages: hello,
    });
    expect(res.choices[0]?.message.content).toBe('Hello there!');
    expect(res.choices[0]?.finish_reason).toBe('stop');
    expect(res.usage?.total_tokens).toBeGreaterThan(0);
    expect(env.emulator.requests.at(-1)?.path).toBe('/v1/openai/chat/completions');
  });

  it('chat.completions.create parses tool-call arguments into an object', async () => {
    const res = await env.client.openai.chat.completions.create({
      model: 'HCX-005',
      messages: [{ role: 'user', content: 'weather in Seoul?' }],
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
    });
    expect(res.choices[0]?.message.tool_calls?.[0]?.function.arguments).toEqual({
      location: 'Seoul',
    });
  });

  it('chat.completions.stream accumulates chunks', async () => {
    const stream = await env.client.openai.chat.completions.stream({
      model: 'HCX-005',
      messages: hello,
    });
    let text = '';
    for await (const t of stream.textStream) text += t;
    expect(text).toBe('Hello there!');
    expect((await stream.finalMessage()).content).toBe('Hello there!');
    expect(await stream.finishReason()).toBe('stop');
    expect(env.emulator.requests.at(-1)?.body).toMatchObject({ stream: true });
  });

  it('chat.completions.stream assembles tool calls from indexed deltas', async () => {
    const stream = await env.client.openai.chat.completions.stream({
      model: 'HCX-005',
      messages: [{ role: 'user', content: 'weather in Seoul?' }],
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
    });
    const final = await stream.finalMessage();
    expect(final.toolCalls?.[0]?.function).toEqual({
      name: 'get_weather',

      arguments: { location: 'Seoul' },
    });
  });

  it('chat.completions.stream surfaces an in-stream error', async () => {
    const stream = await env.client.openai.chat.completions.stream(
      { model: 'HCX-005', messages: hello },
      { headers: { [FAULT]: 'error-after=1; code=50000' } },
    );
    await expect(stream.text()).rejects.toBeInstanceOf(InternalServerError);
  });

  it('embeddings.create sends encoding_format float', async () => {
    const res = await env.client.openai.embeddings.create({ model: 'bge-m3', input: ['a', 'b'] });
    expect(res.data).toHaveLength(2);
    expect(res.data[0]?.embedding).toHaveLength(1024);
    expect(env.emulator.requests.at(-1)?.body).toMatchObject({ encoding_format: 'float' });
  });

  it('models.list', async () => {
    const res = await env.client.openai.models.list();
    expect(res.data.map((m) => m.id)).toContain('HCX-005');
  });

  it('errors use the OpenAI error body and keep the CLOVA code', async () => {
    const err = await env.client.openai.chat.completions
      .create({ model: 'HCX-999', messages: hello })
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(BadRequestError);
    expect((err as BadRequestError).code).toBe('40080');
  });

  it('embeddings and models reject a wrong key with AuthenticationError', async () => {
    const client = env.clientWith({ apiKey: 'nv-wrong' });
    const e1 = await client.openai.embeddings
      .create({ model: 'bge-m3', input: 'a' })
      .catch((e: unknown) => e);
    expect(e1).toBeInstanceOf(AuthenticationError);
    expect((e1 as AuthenticationError).code).toMatch(/^401/);
    const e2 = await client.openai.models.list().catch((e: unknown) => e);
    expect(e2).toBeInstanceOf(AuthenticationError);
  });

  it('streams HCX-007 thinking deltas into thinkingContent', async () => {
    const stream = await env.client.openai.chat.completions.stream({
      model: 'HCX-007',
      messages: [{ role: 'user', content: 'Why is the sky blue?' }],
      reasoning_effort: 'low',
      max_completion_tokens: 2048,
    });
    let thinkingChunks = 0;
    for await (const chunk of stream)
      if (chunk.choices[0]?.delta.thinking_content) thinkingChunks++;
    expect(thinkingChunks).toBeGreaterThan(0);
    const final = await stream.finalMessage();
    expect(final.thinkingContent?.length).toBeGreaterThan(0);
    expect(final.content.length).toBeGreaterThan(0);
  });
});
