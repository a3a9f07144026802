import { createOpenAICompatible } from '@ai-sdk/openai-compatible';
import { generateText, jsonSchema, streamText, tool } from 'ai';
import OpenAI from 'openai';
import { describe, expect, it } from 'vitest';
import { parseSse, post, useEmulator, WEATHER_TOOL } from './helpers.ts';

describe('OpenAI-compatible layer (wire format)', () => {
  const ctx = useEmulator();

  it('returns a chat.completion', async () => {
    const body = await (
      await post(ctx.emu, '/v1/openai/chat/completions', {
        model: 'HCX-005',
        messages: [{ role: 'user', content: 'Hello there' }],
      })
    ).json();
    expect(body.object).toBe('chat.completion');
    expect(body.id).toMatch(/^chatcmpl-/);
    expect(body.model).toBe('HCX-005');
    expect(body.choices[0]).toMatchObject({
      index: 0,
      finish_reason: 'stop',
      message: { role: 'assistant' },
    });
    expect(body.usage.total_tokens).toBe(body.usage.prompt_tokens + body.usage.completion_tokens);
  });

  it('streams chat.completion.chunk objects ending with data: [DONE]', async () => {
    const response = await post(ctx.emu, '/v1/openai/chat/completions', {
      model: 'HCX-DASH-002',
      stream: true,
      messages: [{ role: 'user', content: 'Hello there' }],
    });
    const text = await response.text();
    expect(text).toMatch(/^data: \{/);
    expect(text.endsWith('data: [DONE]\n\n')).toBe(true);
    const chunks = parseSse(text)
      .map((e) => e.data.trim())
      .filter((d) => d !== '[DONE]')
      .map((d) => JSON.parse(d));
    for (const c of chunks) expect(c.object).toBe('chat.completion.chunk');
    expect(chunks.at(-1).choices[0].finish_reason).toBe('stop');
  });

  it('reports thinking_content on HCX-007 and v1 models work too', async () => {
    const thinking = await (
      await post(ctx.emu, '/v1/openai/chat/completions', {
        model: 'HCX-007',
        reasoning_effort: 'medium',
        messages: [{ role: 'user', content: 'Why?' }],
      })
    ).json();
    expect(thinking.choices[0].message.thinking_content.length).toBeGreaterThan(0);
    expect(thinking.usage.completion_tokens_details.reasoning_tokens).toBeGreaterThan(0);
    const v1 = await (
      await post(ctx.emu, '/v1/openai/chat/completions', {
        model: 'HCX-003',
        messages: [{ role: 'user', content: 'Hi' }],
      })
    ).json();
    expect(v1.choices[0].message.content.length).toBeGreaterThan(0);
  });

  it('answers errors in the OpenAI envelope', async () => {
    const cases: [unknown, number, string, string][] = [
      [
        { model: 'HCX-005', messages: [{ role: 'user', content: 'x' }], user: 'u1' },
        400,
        '40002',
        'Unsupported parameter: user',
      ],
      [
        { model: 'HCX-005', messages: [{ role: 'user', content: 'x' }], max_tokens: 9999 },
        400,
        '40001',
        'Invalid parameter: max_tokens',
      ],
      [
        { model: 'HCX-005', messages: [{ role: 'user', content: 'x' }], n: 2 },
        400,
        '40001',
        'Invalid parameter: n',
      ],
      [{ model: 'nope', messages: [] }, 400, '40080', 'Model not found'],
      [{ model: 'bge-m3', messages: [] }, 400, '40084', 'Unsupported API for model'],
    ];
    for (const [body, status, code, message] of cases) {
      const response = await post(ctx.emu, '/v1/openai/chat/completions', body);
      expect(response.status).toBe(status);
      expect(await response.json()).toEqual({ error: { message, type: null, param: null, code } });
    }
    const unauthorized = await fetch(`${ctx.emu.url}/v1/openai/models`);
    expect(await unauthorized.json()).toEqual({
      error: { message: 'Unauthorized', type: null, param: null, code: '40100' },
    });
  });

  it('rejects base64 embeddings and other dimensions', async () => {
    const base64 = await post(ctx.emu, '/v1/openai/embeddings', {
      model: 'bge-m3',
      input: 'x',
      encoding_format: 'base64',
    });
    expect((await base64.json()).error.code).toBe('40001');
    const dims = await post(ctx.emu, '/v1/openai/embeddings', {
      model: 'bge-m3',
      input: 'x',
      dimensions: 512,
    });
    expect((await dims.json()).error.message).toBe('Invalid parameter: dimensions');
  });

  it('holds each embedding model to its own token limit (clir-*: 500, bge-m3: 8,192)', async () => {
    const input = 'word '.repeat(600);
    const clir = await post(ctx.emu, '/v1/openai/embeddings', { model: 'clir-emb-dolphin', input });
    expect(clir.status).toBe(400);
    expect((await clir.json()).error.code).toBe('40003');
    const bge = await post(ctx.emu, '/v1/openai/embeddings', { model: 'bge-m3', input });
    expect(bge.status).toBe(200);
  });
});

describe('official openai client', () => {
  const ctx = useEmulator();
  const client = () =>
    new OpenAI({ apiKey: ctx.emu.apiKey, baseURL: `${ctx.emu.url}/v1/openai`, maxRetries: 0 });

  it('chat', async () => {
    const completion = await client().chat.completions.create({
      model: 'HCX-005',
      messages: [
        { role: 'system', content: 'You are helpful.' },
        { role: 'user', content: 'Tell me about Seoul' },
      ],
      seed: 5,
    });
    expect(completion.choices[0]?.message.content).toContain('Seoul');
  });

  it('streaming', async () => {
    const stream = await client().chat.completions.create({
      model: 'HCX-005',
      messages: [{ role: 'user', content: 'Tell me about Seoul' }],
      stream: true,
    });
    let text = '';
    let finish: string | null | undefined;
    for await (const chunk of stream) {
      text += chunk.choices[0]?.delta.content ?? '';
      finish = chunk.choices[0]?.finish_reason ?? finish;
    }
    expect(text).toContain('Seoul');
    expect(finish).toBe('stop');
  });

  it('tools, including a streamed tool call and the follow-up answer', async () => {
    const tools = [WEATHER_TOOL] as OpenAI.Chat.Completions.ChatCompletionTool[];
    const first = await client().chat.completions.create({
      model: 'HCX-005',
      messages: [{ role: 'user', content: 'What is the weather in Busan?' }],
      tools,
    });
    const call = first.choices[0]?.message.tool_calls?.[0];
    expect(first.choices[0]?.finish_reason).toBe('tool_calls');
    expect(call?.type === 'function' && call.function.name).toBe('get_weather');
    const args = call?.type === 'function' ? JSON.parse(call.function.arguments) : {};
    expect(args.location).toBe('Busan');

    const runner = client().chat.completions.stream({
      model: 'HCX-005',
      messages: [{ role: 'user', content: 'What is the weather in Busan?' }],
      tools,
    });
    const final = await runner.finalChatCompletion();
    const streamed = final.choices[0]?.message.tool_calls?.[0];
    expect(streamed?.type === 'function' && JSON.parse(streamed.function.arguments).location).toBe(
      'Busan',
    );

    const answer = await client().chat.completions.create({
      model: 'HCX-005',
      messages: [
        { role: 'user', content: 'What is the weather in Busan?' },
        {
          role: 'assistant',
          content: null,
          tool_calls: first.choices[0]?.message.tool_calls ?? [],
        },
        { role: 'tool', tool_call_id: call?.id ?? '', content: '{"forecast":"rain"}' },
      ],
      tools,
    });
    expect(answer.choices[0]?.message.content).toContain('rain');
  });

  it('embeddings (float, as the docs require)', async () => {
    const result = await client().embeddings.create({
      model: 'bge-m3',
      input: ['안녕하세요', 'hello'],
      encoding_format: 'float',
    });
    expect(result.data).toHaveLength(2);
    const v = result.data[0]?.embedding ?? [];
    expect(v).toHaveLength(1024);
    expect(Math.sqrt(v.reduce((s, x) => s + x * x, 0))).toBeCloseTo(1, 5);
    expect(result.usage.prompt_tokens).toBeGreaterThan(0);
  });

  it('models', async () => {
    const ids: string[] = [];
    for await (const model of client().models.list()) ids.push(model.id);
    expect(ids).toEqual(
      expect.arrayContaining(['HCX-007', 'HCX-005', 'HCX-DASH-002', 'HCX-003', 'bge-m3']),
    );
    const one = await client().models.retrieve('HCX-005');
    expect(one).toMatchObject({ id: 'HCX-005', object: 'model' });
    await expect(client().models.retrieve('nope')).rejects.toMatchObject({
      status: 400,
      code: '40080',
    });
  });
});

describe('@ai-sdk/openai-compatible with ai', () => {
  const ctx = useEmulator();
  const provider = () =>
    createOpenAICompatible({
      name: 'clova',
      apiKey: ctx.emu.apiKey,
      baseURL: `${ctx.emu.url}/v1/openai`,
    });

  it('generateText', async () => {
    const { text, usage, finishReason } = await generateText({
      model: provider()('HCX-005'),
      prompt: 'Tell me about Seoul',
      maxRetries: 0,
    });
    expect(text).toContain('Seoul');
    expect(finishReason).toBe('stop');
    expect(usage.inputTokens).toBeGreaterThan(0);
  });

  it('streamText', async () => {
    const result = streamText({
      model: provider()('HCX-005'),
      prompt: '서울에 대해 알려줘',
      maxRetries: 0,
    });
    let text = '';
    for await (const delta of result.textStream) text += delta;
    expect(text).toContain('서울');
  });

  it('generateText with a tool', async () => {
    const { toolCalls } = await generateText({
      model: provider()('HCX-005'),
      prompt: 'What is the weather in Seoul?',
      maxRetries: 0,
      tools: {
        get_weather: tool({
          description: 'Weather lookup tool',
          inputSchema: jsonSchema<{ location: string }>({
            type: 'object',
            properties: { location: { type: 'string' } },
            required: ['location'],
          }),
        }),
      },
    });
    expect(toolCalls[0]?.toolName).toBe('get_weather');
    expect(toolCalls[0]?.input).toEqual({ location: 'Seoul' });
  });
});
