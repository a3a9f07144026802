import { describe, expect, it } from 'vitest';
import { errorOf, PNG_DATA_URI, post, stream, useEmulator, WEATHER_TOOL } from './helpers.ts';

type V3Result = {
  message: {
    role: string;
    content: string;
    thinkingContent?: string;
    toolCalls?: {
      id: string;
      type: string;
      function: { name: string; arguments: Record<string, unknown> };
    }[];
  };
  finishReason: string;
  created: number;
  seed: number;
  usage: {
    promptTokens: number;
    completionTokens: number;
    totalTokens: number;
    completionTokensDetails?: { thinkingTokens: number };
  };
  aiFilter?: { groupName: string; name: string; score: string; result: string }[];
};

async function resultOf(response: Response): Promise<V3Result> {
  expect(response.status).toBe(200);
  const body = (await response.json()) as {
    status: { code: string; message: string };
    result: V3Result;
  };
  expect(body.status).toEqual({ code: '20000', message: 'OK' });
  return body.result;
}

const PATH = '/v3/chat-completions/HCX-005';

describe('Chat Completions v3', () => {
  const ctx = useEmulator();

  it('accepts the documented text-and-image example and answers with the documented fields', async () => {
    const result = await resultOf(
      await post(ctx.emu, PATH, {
        messages: [
          { role: 'system', content: [{ type: 'text', text: 'You are a helpful assistant.' }] },
          {
            role: 'user',
            content: [
              { type: 'image_url', imageUrl: { url: 'https://example.com/sheep.png' } },
              { type: 'text', text: 'Describe this picture.' },
            ],
          },
        ],
        topP: 0.8,
        topK: 0,
        maxTokens: 100,
        temperature: 0.5,
        repetitionPenalty: 1.1,
        stop: [],
        includeAiFilters: true,
      }),
    );
    expect(result.message.role).toBe('assistant');
    expect(result.message.content.length).toBeGreaterThan(0);
    expect(result.finishReason).toBe('stop');
    expect(Number.isInteger(result.created)).toBe(true);
    expect(result.seed).toBeGreaterThan(0);
    expect(result.usage.totalTokens).toBe(
      result.usage.promptTokens + result.usage.completionTokens,
    );
    expect(result.usage.promptTokens).toBeGreaterThan(1478);
    expect(result.aiFilter?.map((f) => f.name)).toEqual([
      'insult',
      'discrimination',
      'sexualHarassment',
    ]);
    for (const f of result.aiFilter ?? []) expect(typeof f.score).toBe('string');
  });

  it('answers in Korean to a Korean question and echoes its key words', async () => {
    const result = await resultOf(
      await post(ctx.emu, PATH, {
        messages: [{ role: 'user', content: '제주도 여행 일정 추천해 줘' }],
      }),
    );
    expect(result.message.content).toMatch(/[가-힣]/);
    expect(result.message.content).toContain('제주도');
  });

  it('echoes key words of an English question', async () => {
    const result = await resultOf(
      await post(ctx.emu, PATH, {
        messages: [{ role: 'user', content: 'Explain photosynthesis in plants' }],
      }),
    );
    expect(result.message.content).toMatch(/photosynthesis/i);
  });

  it('gives identical bytes for the same non-zero seed', async () => {
    const body = { messages: [{ role: 'user', content: 'Tell me about Busan' }], seed: 1234 };
    const a = await (await post(ctx.emu, PATH, body)).text();
    const b = await (await post(ctx.emu, PATH, body)).text();
    expect(a).toBe(b);
    expect(JSON.parse(a).result.seed).toBe(1234);
    const s1 = await stream(ctx.emu, PATH, body);
    const s2 = await stream(ctx.emu, PATH, body);
    expect(s1.text).toBe(s2.text);
  });

  it('reports a random seed when seed is 0 or absent', async () => {
    const a = await resultOf(
      await post(ctx.emu, PATH, { messages: [{ role: 'user', content: 'hi' }], seed: 0 }),
    );
    const b = await resultOf(
      await post(ctx.emu, PATH, { messages: [{ role: 'user', content: 'hi' }] }),
    );
    expect(a.seed).toBeGreaterThan(0);
    expect(b.seed).toBeGreaterThan(0);
    expect(a.seed).not.toBe(b.seed);
  });

  it('stops at maxTokens with finishReason length', async () => {
    const result = await resultOf(
      await post(ctx.emu, PATH, {
        messages: [{ role: 'user', content: 'Explain quantum computing' }],
        maxTokens: 3,
      }),
    );
    expect(result.finishReason).toBe('length');
    expect(result.usage.completionTokens).toBe(3);
  });

  it('streams token events without a space after the colon, then one complete result', async () => {
    const { response, events, text } = await stream(ctx.emu, PATH, {
      messages: [{ role: 'user', content: '안녕하세요' }],
    });
    expect(response.headers.get('content-type')).toMatch(/^text\/event-stream/);
    expect(text).toMatch(/^id:[0-9a-f-]{36}\nevent:token\ndata:\{/);
    expect(text).not.toMatch(/^(id|event|data): /m);
    const tokens = events.filter((e) => e.event === 'token');
    expect(tokens.length).toBeGreaterThan(1);
    expect(events.at(-1)?.event).toBe('result');
    expect(events.filter((e) => e.event === 'result')).toHaveLength(1);
    const deltas = tokens.map((e) => JSON.parse(e.data));
    for (const d of deltas) {
      expect(d.finishReason).toBeNull();
      expect(d.usage).toBeNull();
      expect(d.message.role).toBe('assistant');
    }
    const result = JSON.parse(events.at(-1)?.data ?? '{}');
    expect(deltas.map((d) => d.message.content).join('')).toBe(result.message.content);
    expect(result.finishReason).toBe('stop');
    expect(result.usage.completionTokens).toBe(tokens.length);
  });

  describe('function calling', () => {
    it('calls the matching tool with arguments that satisfy its schema', async () => {
      const result = await resultOf(
        await post(ctx.emu, PATH, {
          messages: [{ role: 'user', content: "What's the weather in Seoul tomorrow in celsius?" }],
          tools: [
            {
              type: 'function',
              function: {
                name: 'send_email',
                description: 'Send an email to someone',
                parameters: {
                  type: 'object',
                  properties: { to: { type: 'string' } },
                  required: ['to'],
                },
              },
            },
            WEATHER_TOOL,
          ],
          toolChoice: 'auto',
          maxTokens: 1024,
        }),
      );
      expect(result.finishReason).toBe('tool_calls');
      expect(result.message.content).toBe('');
      const call = result.message.toolCalls?.[0];
      expect(call?.id).toMatch(/^call_[A-Za-z0-9]{24}$/);
      expect(call?.type).toBe('function');
      expect(call?.function.name).toBe('get_weather');
      expect(call?.function.arguments.location).toBe('Seoul');
      expect(call?.function.arguments.unit).toBe('celsius');
      expect(call?.function.arguments.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    });

    it('matches a Korean request to an English tool', async () => {
      const result = await resultOf(
        await post(ctx.emu, PATH, {
          messages: [{ role: 'user', content: '내일 서울 날씨 어때?' }],
          tools: [WEATHER_TOOL],
        }),
      );
      expect(result.message.toolCalls?.[0]?.function.arguments.location).toBe('서울');
    });

    it('never calls a tool with toolChoice none, and always calls a forced one', async () => {
      const none = await resultOf(
        await post(ctx.emu, PATH, {
          messages: [{ role: 'user', content: 'weather in Seoul?' }],
          tools: [WEATHER_TOOL],
          toolChoice: 'none',
        }),
      );
      expect(none.message.toolCalls).toBeUndefined();
      expect(none.finishReason).toBe('stop');
      const forced = await resultOf(
        await post(ctx.emu, PATH, {
          messages: [{ role: 'user', content: 'Tell me a joke' }],
          tools: [WEATHER_TOOL],
          toolChoice: { type: 'function', function: { name: 'get_weather' } },
        }),
      );
      expect(forced.message.toolCalls?.[0]?.function.name).toBe('get_weather');
      expect(typeof forced.message.toolCalls?.[0]?.function.arguments.location).toBe('string');
    });

    it('answers with the tool result after a tool message', async () => {
      const result = await resultOf(
        await post(ctx.emu, PATH, {
          messages: [
            { role: 'user', content: "What's the weather in Seoul?" },
            {
              role: 'assistant',
              content: '',
              toolCalls: [
                {
                  id: 'call_abc',
                  type: 'function',
                  function: { name: 'get_weather', arguments: { location: 'Seoul' } },
                },
              ],
            },
            {
              role: 'tool',
              toolCallId: 'call_abc',
              content: '{"temperature":"23C","condition":"sunny"}',
            },
          ],
          tools: [WEATHER_TOOL],
        }),
      );
      expect(result.finishReason).toBe('stop');
      expect(result.message.content).toContain('23C');
      expect(result.message.content).toContain('sunny');
    });

    it('streams the id and name first, then partialJson fragments, then the full call', async () => {
      const { events } = await stream(ctx.emu, PATH, {
        messages: [{ role: 'user', content: 'weather in Seoul' }],
        tools: [WEATHER_TOOL],
      });
      const deltas = events.filter((e) => e.event === 'token').map((e) => JSON.parse(e.data));
      expect(deltas[0].message.toolCalls[0]).toMatchObject({
        type: 'function',
        function: { name: 'get_weather' },
      });
      expect(deltas[0].message.toolCalls[0].id).toMatch(/^call_/);
      const fragments = deltas.slice(1).map((d) => {
        expect(d.message.toolCalls[0].id).toBeUndefined();
        return d.message.toolCalls[0].function.partialJson as string;
      });
      const result = JSON.parse(events.at(-1)?.data ?? '{}');
      expect(result.finishReason).toBe('tool_calls');
      expect(JSON.parse(fragments.join(''))).toEqual(
        result.message.toolCalls[0].function.arguments,
      );
    });
  });

  describe('thinking (HCX-007)', () => {
    const THINK = '/v3/chat-completions/HCX-007';
    it('returns thinkingContent whose length follows effort, counted in thinkingTokens', async () => {
      const sizes: number[] = [];
      for (const effort of ['low', 'medium', 'high']) {
        const result = await resultOf(
          await post(ctx.emu, THINK, {
            messages: [{ role: 'user', content: 'Why is the sky blue?' }],
            thinking: { effort },
          }),
        );
        expect(result.message.thinkingContent?.length).toBeGreaterThan(0);
        const thinking = result.usage.completionTokensDetails?.thinkingTokens ?? 0;
        expect(thinking).toBeGreaterThan(0);
        expect(result.usage.completionTokens).toBeGreaterThan(thinking);
        sizes.push(thinking);
      }
      expect(sizes[0]).toBeLessThan(sizes[1] as number);
      expect(sizes[1]).toBeLessThan(sizes[2] as number);
    });

    it('streams thinking deltas before content deltas', async () => {
      const { events } = await stream(ctx.emu, THINK, {
        messages: [
          { role: 'system', content: '- You are a careful analyst.' },
          {
            role: 'user',
            content: [{ type: 'text', text: '하늘은 왜 파란가요? 단계별로 설명해 주세요.' }],
          },
        ],
        thinking: { effort: 'low' },
        topP: 0.8,
        topK: 0,
        maxCompletionTokens: 5120,
        temperature: 0.5,
        repetitionPenalty: 1.1,
      });
      const kinds = events
        .filter((e) => e.event === 'token')
        .map((e) => ('thinkingContent' in JSON.parse(e.data).message ? 't' : 'c'))
        .join('');
      expect(kinds).toMatch(/^t+c+$/);
      const result = JSON.parse(events.at(-1)?.data ?? '{}');
      expect(result.message.thinkingContent.length).toBeGreaterThan(0);
      expect(result.usage.completionTokensDetails.thinkingTokens).toBe(kinds.split('t').length - 1);
      expect(result.message.content).toMatch(/[가-힣]/);
    });
  });

  describe('structured outputs (HCX-007)', () => {
    it('returns content that is JSON matching the schema', async () => {
      const schema = {
        type: 'object',
        properties: {
          city: { type: 'string', description: 'City' },
          temp_high_c: { type: 'integer', minimum: -50, maximum: 60 },
          condition: { type: 'string', enum: ['sunny', 'rainy', 'cloudy'] },
          tags: { type: 'array', items: { type: 'string' }, minItems: 2, maxItems: 3 },
          when: { type: 'string', format: 'date' },
        },
        required: ['city', 'temp_high_c', 'condition'],
      };
      const result = await resultOf(
        await post(ctx.emu, '/v3/chat-completions/HCX-007', {
          messages: [{ role: 'user', content: 'Weather in Seoul: rainy, high of 31' }],
          thinking: { effort: 'none' },
          responseFormat: { type: 'json', schema },
        }),
      );
      const value = JSON.parse(result.message.content);
      expect(typeof value.city).toBe('string');
      expect(Number.isInteger(value.temp_high_c)).toBe(true);
      expect(value.temp_high_c).toBe(31);
      expect(value.condition).toBe('rainy');
      expect(value.tags.length).toBeGreaterThanOrEqual(2);
      expect(value.when).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    });

    it('accepts the documented request shape and fills numbers from the message in order', async () => {
      const result = await resultOf(
        await post(ctx.emu, '/v3/chat-completions/HCX-007', {
          messages: [
            { role: 'system', content: '- You answer in the predefined JSON schema.' },
            {
              role: 'user',
              content: "Today's high is 32 degrees, the low 15, and the chance of rain 30%.",
            },
          ],
          topP: 0.8,
          topK: 0,
          maxCompletionTokens: 100,
          temperature: 0.5,
          repetitionPenalty: 1.1,
          thinking: { effort: 'none' },
          stop: [],
          responseFormat: {
            type: 'json',
            schema: {
              type: 'object',
              properties: {
                temp_high_c: { type: 'number', description: 'High (C)' },
                temp_low_c: { type: 'number', description: 'Low (C)' },
                precipitation_percent: {
                  type: 'number',
                  description: 'Rain (%)',
                  minimum: 0,
                  maximum: 100,
                },
              },
              required: ['temp_high_c', 'temp_low_c', 'precipitation_percent'],
            },
          },
        }),
      );
      expect(result.finishReason).toBe('stop');
      expect(JSON.parse(result.message.content)).toEqual({
        temp_high_c: 32,
        temp_low_c: 15,
        precipitation_percent: 30,
      });
      expect(result.message.thinkingContent).toBeUndefined();
    });

    it('rejects a schema outside the documented subset with 40055', async () => {
      const e = await errorOf(
        await post(ctx.emu, '/v3/chat-completions/HCX-007', {
          messages: [{ role: 'user', content: 'x' }],
          thinking: { effort: 'none' },
          responseFormat: { type: 'json', schema: { type: 'string', pattern: '^a' } },
        }),
      );
      expect(e).toEqual({ status: 400, code: '40055', message: 'Invalid response format schema' });
    });
  });

  it('serves tuned tasks without tools', async () => {
    const result = await resultOf(
      await post(ctx.emu, '/v3/tasks/abc123/chat-completions', {
        messages: [{ role: 'user', content: 'hi' }],
      }),
    );
    expect(result.message.role).toBe('assistant');
    const e = await errorOf(
      await post(ctx.emu, '/v3/tasks/abc123/chat-completions', {
        messages: [{ role: 'user', content: 'hi' }],
        tools: [WEATHER_TOOL],
      }),
    );
    expect(e.code).toBe('40001');
  });

  describe('documented errors', () => {
    const user = [{ role: 'user', content: 'hello' }];
    const cases: [string, string, unknown, number, string, string][] = [
      [
        'unknown model',
        '/v3/chat-completions/HCX-999',
        { messages: user },
        400,
        '40080',
        'Model not found',
      ],
      [
        'v1 model on v3',
        '/v3/chat-completions/HCX-003',
        { messages: user },
        400,
        '40084',
        'Unsupported API for model',
      ],
      ['missing messages', PATH, {}, 400, '40001', 'Invalid parameter: messages'],
      [
        'topP out of range',
        PATH,
        { messages: user, topP: 0 },
        400,
        '40001',
        'Invalid parameter: topP',
      ],
      [
        'topK not an integer',
        PATH,
        { messages: user, topK: 1.5 },
        400,
        '40001',
        'Invalid parameter: topK',
      ],
      [
        'temperature above 1',
        PATH,
        { messages: user, temperature: 1.5 },
        400,
        '40001',
        'Invalid parameter: temperature',
      ],
      [
        'repetitionPenalty above 2',
        PATH,
        { messages: user, repetitionPenalty: 3 },
        400,
        '40001',
        'Invalid parameter: repetitionPenalty',
      ],
      [
        'maxTokens above the model max',
        PATH,
        { messages: user, maxTokens: 5000 },
        400,
        '40001',
        'Invalid parameter: maxTokens',
      ],
      [
        'seed out of range',
        PATH,
        { messages: user, seed: -1 },
        400,
        '40001',
        'Invalid parameter: seed',
      ],
      [
        'maxTokens with maxCompletionTokens',
        PATH,
        { messages: user, maxTokens: 10, maxCompletionTokens: 10 },
        400,
        '40001',
        'Invalid parameter: maxTokens, maxCompletionTokens',
      ],
      [
        'HCX-007 with maxTokens',
        '/v3/chat-completions/HCX-007',
        { messages: user, maxTokens: 10 },
        400,
        '40001',
        'Invalid parameter: maxTokens',
      ],
      [
        'thinking on a non-reasoning model',
        PATH,
        { messages: user, thinking: { effort: 'low' } },
        400,
        '40001',
        'Invalid parameter: thinking',
      ],
      [
        'thinking with tools',
        '/v3/chat-completions/HCX-007',
        { messages: user, tools: [WEATHER_TOOL] },
        400,
        '40001',
        'Invalid parameter: tools, thinking',
      ],
      [
        'thinking with stop',
        '/v3/chat-completions/HCX-007',
        { messages: user, stop: ['x'] },
        400,
        '40001',
        'Invalid parameter: stop, thinking',
      ],
      [
        'thinking with structured output',
        '/v3/chat-completions/HCX-007',
        {
          messages: user,
          responseFormat: { type: 'json', schema: { type: 'object', properties: {} } },
        },
        400,
        '40001',
        'Invalid parameter: responseFormat, thinking',
      ],
      [
        'structured output on HCX-005',
        PATH,
        {
          messages: user,
          responseFormat: { type: 'json', schema: { type: 'object', properties: {} } },
        },
        400,
        '40001',
        'Invalid parameter: responseFormat',
      ],
      [
        'tools with a cap below 1024',
        PATH,
        { messages: user, tools: [WEATHER_TOOL], maxTokens: 500 },
        400,
        '40001',
        'Invalid parameter: tools, maxTokens',
      ],
      [
        'tools with images',
        PATH,
        {
          messages: [
            {
              role: 'user',
              content: [
                { type: 'image_url', dataUri: { data: PNG_DATA_URI } },
                { type: 'text', text: 'x' },
              ],
            },
          ],
          tools: [WEATHER_TOOL],
        },
        400,
        '40001',
        'Invalid parameter: tools, messages',
      ],
      [
        'images on a model without vision',
        '/v3/chat-completions/HCX-DASH-002',
        {
          messages: [
            {
              role: 'user',
              content: [{ type: 'image_url', imageUrl: { url: 'https://e.com/a.png' } }],
            },
          ],
        },
        400,
        '40009',
        'Unsupported input format',
      ],
      [
        'two images in one turn',
        PATH,
        {
          messages: [
            {
              role: 'user',
              content: [
                { type: 'image_url', imageUrl: { url: 'https://e.com/a.png' } },
                { type: 'image_url', imageUrl: { url: 'https://e.com/b.png' } },
              ],
            },
          ],
        },
        400,
        '40000',
        'Each user message can contain only one image',
      ],
      [
        'six images in a request',
        PATH,
        {
          messages: Array.from({ length: 6 }, () => ({
            role: 'user',
            content: [{ type: 'image_url', imageUrl: { url: 'https://e.com/a.png' } }],
          })),
        },
        400,
        '40003',
        'Image limit exceeded',
      ],
      [
        'an image URL without a supported extension',
        PATH,
        {
          messages: [
            {
              role: 'user',
              content: [{ type: 'image_url', imageUrl: { url: 'https://e.com/a.gif' } }],
            },
          ],
        },
        400,
        '40060',
        'Unsupported image format',
      ],
      [
        'bare base64 instead of a data URI',
        PATH,
        {
          messages: [
            { role: 'user', content: [{ type: 'image_url', dataUri: { data: 'iVBORw0KGgo=' } }] },
          ],
        },
        400,
        '40001',
        'Invalid parameter: dataUri',
      ],
      [
        'an empty image data URI',
        PATH,
        {
          messages: [
            {
              role: 'user',
              content: [{ type: 'image_url', dataUri: { data: 'data:image/png;base64,' } }],
            },
          ],
        },
        400,
        '40061',
        'File size error',
      ],
      [
        'an image URL that is not http(s)',
        PATH,
        {
          messages: [
            {
              role: 'user',
              content: [{ type: 'image_url', imageUrl: { url: 'ftp://e.com/a.png' } }],
            },
          ],
        },
        400,
        '40063',
        'Invalid image url',
      ],
      [
        'both imageUrl and dataUri',
        PATH,
        {
          messages: [
            {
              role: 'user',
              content: [
                {
                  type: 'image_url',
                  imageUrl: { url: 'https://e.com/a.png' },
                  dataUri: { data: PNG_DATA_URI },
                },
              ],
            },
          ],
        },
        400,
        '40001',
        'Invalid parameter: imageUrl, dataUri',
      ],
      [
        'an empty user message',
        PATH,
        { messages: [{ role: 'user', content: '' }] },
        400,
        '40004',
        'Text empty',
      ],
      [
        'thinkingContent sent back',
        PATH,
        { messages: [{ role: 'assistant', content: 'a', thinkingContent: 'b' }, ...user] },
        400,
        '40001',
        'Invalid parameter: messages.thinkingContent',
      ],
      [
        'two system messages',
        PATH,
        { messages: [{ role: 'system', content: 'a' }, { role: 'system', content: 'b' }, ...user] },
        400,
        '40001',
        'Invalid parameter: messages',
      ],
      [
        'a forced tool that is not offered',
        PATH,
        {
          messages: user,
          tools: [WEATHER_TOOL],
          toolChoice: { type: 'function', function: { name: 'nope' } },
        },
        400,
        '40001',
        'Invalid parameter: toolChoice',
      ],
      [
        'a context that is too long',
        '/v3/chat-completions/HCX-DASH-002',
        { messages: [{ role: 'user', content: 'word '.repeat(33_000) }] },
        400,
        '40003',
        'Context length exceeded',
      ],
      ['a body that is not an object', PATH, [1, 2], 400, '40000', 'Bad request'],
    ];
    it.each(cases)('%s', async (_name, path, body, status, code, message) => {
      expect(await errorOf(await post(ctx.emu, path, body))).toEqual({ status, code, message });
    });
  });
});

describe('scripted replies', () => {
  const ctx = useEmulator({
    scripts: [
      { match: 'capital of France', reply: { text: 'Paris.' } },
      {
        match: /book a table/i,
        reply: { toolCalls: [{ name: 'book', arguments: { people: 2 } }] },
      },
      { match: 'explode', reply: { error: { status: 500, code: '50000' } } },
    ],
  });

  it('answers with the scripted text, tool calls or error', async () => {
    const text = await resultOf(
      await post(ctx.emu, PATH, {
        messages: [{ role: 'user', content: 'What is the capital of France?' }],
      }),
    );
    expect(text.message.content).toBe('Paris.');
    const tools = await resultOf(
      await post(ctx.emu, PATH, { messages: [{ role: 'user', content: 'Please BOOK A TABLE' }] }),
    );
    expect(tools.finishReason).toBe('tool_calls');
    expect(tools.message.toolCalls?.[0]?.function).toEqual({
      name: 'book',
      arguments: { people: 2 },
    });
    expect(
      await errorOf(
        await post(ctx.emu, PATH, { messages: [{ role: 'user', content: 'explode now' }] }),
      ),
    ).toEqual({
      status: 500,
      code: '50000',
      message: 'Internal server error',
    });
  });
});
