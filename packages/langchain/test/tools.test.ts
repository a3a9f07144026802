import {
  AIMessage,
  type AIMessageChunk,
  HumanMessage,
  ToolMessage,
} from '@langchain/core/messages';
import { tool } from '@langchain/core/tools';
import { describe, expect, it } from 'vitest';
import * as z from 'zod';
import { ChatClovaX } from '../src/index.ts';
import { at, useEmulator } from './emulator.ts';

const ref = useEmulator({
  scripts: [
    {
      match: 'weather in Seoul and Busan',
      reply: {
        toolCalls: [
          { name: 'get_weather', arguments: { city: 'Seoul' } },
          { name: 'get_weather', arguments: { city: 'Busan' } },
        ],
      },
    },
  ],
});
const model = (fields: ConstructorParameters<typeof ChatClovaX>[0] = {}) =>
  new ChatClovaX({ ...at(ref.emu), maxRetries: 0, ...fields });

const getWeather = tool(async ({ city }) => `It is sunny in ${city}.`, {
  name: 'get_weather',
  description: 'Get the current weather of a city',
  schema: z.object({ city: z.string().describe('The city name, e.g. Seoul') }),
});
const openAIWeather = {
  type: 'function' as const,
  function: {
    name: 'get_weather',
    description: 'Get the current weather of a city',
    parameters: { type: 'object', properties: { city: { type: 'string' } }, required: ['city'] },
  },
};
const lastBody = () => ref.emu.requests.at(-1)!.body as Record<string, unknown>;

describe('tool calling', () => {
  it('testToolCalling: a LangChain tool', async () => {
    const res = await model().bindTools([getWeather]).invoke('What is the weather in Seoul?');
    expect(res.tool_calls).toHaveLength(1);
    expect(res.tool_calls![0]).toMatchObject({
      name: 'get_weather',
      args: { city: 'Seoul' },
      id: expect.any(String),
    });
    expect(res.response_metadata.finish_reason).toBe('tool_calls');
    expect(lastBody().tools).toEqual([
      {
        type: 'function',
        function: {
          name: 'get_weather',
          description: 'Get the current weather of a city',
          parameters: expect.objectContaining({ type: 'object' }),
        },
      },
    ]);
  });

  it('testBindToolsWithRunnableToolLike', async () => {
    const runnableTool = (await import('@langchain/core/runnables')).RunnableLambda.from(
      async (input: { city: string }) => `sunny in ${input.city}`,
    ).asTool({
      name: 'get_weather',
      description: 'Get the current weather of a city',
      schema: z.object({ city: z.string() }),
    });
    const res = await model().bindTools([runnableTool]).invoke('What is the weather in Seoul?');
    expect(res.tool_calls?.[0]?.name).toBe('get_weather');
  });

  it('testBindToolsWithOpenAIFormattedTools, JSON-schema and zod-schema tools', async () => {
    expect(
      (await model().bindTools([openAIWeather]).invoke('weather in Seoul?')).tool_calls?.[0]?.name,
    ).toBe('get_weather');
    const jsonSchemaTool = {
      title: 'get_weather',
      description: 'Get the current weather of a city',
      type: 'object',
      properties: { city: { type: 'string' } },
    };
    expect(
      (await model().bindTools([jsonSchemaTool]).invoke('weather in Seoul?')).tool_calls?.[0]?.name,
    ).toBe('get_weather');
    const zodTool = z
      .object({ city: z.string() })
      .meta({ title: 'get_weather', description: 'Get the weather of a city' });
    expect(
      (await model().bindTools([zodTool]).invoke('weather in Seoul?')).tool_calls?.[0]?.name,
    ).toBe('get_weather');
  });

  it('tool_choice: auto, none, a tool name, any with one tool, any with several', async () => {
    const m = model();
    await m.bindTools([getWeather], { tool_choice: 'none' }).invoke('weather in Seoul?');
    expect(lastBody().toolChoice).toBe('none');
    await m.bindTools([getWeather], { tool_choice: 'auto' }).invoke('weather in Seoul?');
    expect(lastBody().toolChoice).toBe('auto');
    await m.bindTools([getWeather], { tool_choice: 'get_weather' }).invoke('hello');
    expect(lastBody().toolChoice).toEqual({ type: 'function', function: { name: 'get_weather' } });
    const forced = await m.bindTools([getWeather], { tool_choice: 'any' }).invoke('hello');
    expect(lastBody().toolChoice).toEqual({ type: 'function', function: { name: 'get_weather' } });
    expect(forced.tool_calls?.[0]?.name).toBe('get_weather');
    const other = { ...openAIWeather, function: { ...openAIWeather.function, name: 'get_time' } };
    await m.bindTools([getWeather, other], { tool_choice: 'required' }).invoke('weather in Seoul?');
    expect(lastBody().toolChoice).toBe('auto');
    await expect(m.bindTools([getWeather], { tool_choice: 'nope' }).invoke('hi')).rejects.toThrow(
      /not a bound tool/,
    );
  });

  it('testToolMessageHistoriesStringContent / ListContent and testModelCanUseToolUseAIMessage', async () => {
    const m = model().bindTools([getWeather]);
    const first = await m.invoke('What is the weather in Seoul?');
    const call = first.tool_calls![0]!;
    for (const content of [
      'It is sunny in Seoul.',
      [{ type: 'text' as const, text: 'It is sunny in Seoul.' }],
    ]) {
      const res = await m.invoke([
        new HumanMessage('What is the weather in Seoul?'),
        new AIMessage({ content: [{ type: 'text', text: '' }], tool_calls: [call] }),
        new ToolMessage({ content, tool_call_id: call.id!, name: 'get_weather' }),
      ]);
      expect(res.content as string).toContain('sunny');
      const sent = lastBody().messages as Record<string, unknown>[];
      expect(sent[1]).toEqual({
        role: 'assistant',
        content: '',
        toolCalls: [
          {
            id: call.id,
            type: 'function',
            function: { name: 'get_weather', arguments: { city: 'Seoul' } },
          },
        ],
      });
      expect(sent[2]).toEqual({
        role: 'tool',
        content: 'It is sunny in Seoul.',
        toolCallId: call.id,
      });
    }
  });

  it('testStreamTokensWithToolCalls / testModelCanUseToolUseAIMessageWithStreaming', async () => {
    const chunks: AIMessageChunk[] = [];
    for await (const c of await model()
      .bindTools([getWeather])
      .stream('What is the weather in Seoul?'))
      chunks.push(c);
    expect(chunks.some((c) => (c.tool_call_chunks?.length ?? 0) > 0)).toBe(true);
    const final = chunks.reduce((a, b) => a.concat(b));
    expect(final.tool_calls).toEqual([
      expect.objectContaining({ name: 'get_weather', args: { city: 'Seoul' } }),
    ]);
    expect(final.response_metadata.finish_reason).toBe('tool_calls');
  });

  it('testParallelToolCalling: stable index per call id, final tool_calls agree with the result', async () => {
    const chunks: AIMessageChunk[] = [];
    // a fixed seed gives the same ids streamed and not streamed
    const m = model({ seed: 42 }).bindTools([getWeather]);
    for await (const c of await m.stream('weather in Seoul and Busan')) chunks.push(c);
    const indexById = new Map<string, number>();
    for (const tc of chunks.flatMap((c) => c.tool_call_chunks ?? []))
      if (tc.id) indexById.set(tc.id, tc.index!);
    expect([...indexById.values()]).toEqual([0, 1]);
    const final = chunks.reduce((a, b) => a.concat(b));
    expect(final.tool_calls?.map((c) => c.args)).toEqual([{ city: 'Seoul' }, { city: 'Busan' }]);
    const invoked = await m.invoke('weather in Seoul and Busan');
    expect(invoked.tool_calls?.map((c) => [c.id, c.args])).toEqual(
      final.tool_calls?.map((c) => [c.id, c.args]),
    );
  });

  it('testInvokeMoreComplexTools / testModelCanAcceptStructuredToolParamsSchema', async () => {
    const complex = tool(async () => 'ok', {
      name: 'book_table',
      description: 'Book a restaurant table in a city',
      schema: z.object({
        city: z.string(),
        people: z.number().int().min(1),
        when: z.object({ date: z.string(), time: z.string().optional() }),
        tags: z.array(z.enum(['window', 'quiet'])).optional(),
      }),
    });
    const res = await model().bindTools([complex]).invoke('Book a table in Seoul for 2 people');
    expect(res.tool_calls?.[0]?.name).toBe('book_table');
    expect(res.tool_calls?.[0]?.args).toMatchObject({ city: 'Seoul', when: expect.any(Object) });
    const params = {
      name: 'book_table',
      description: 'Book a restaurant table',
      schema: z.object({ city: z.string() }),
    };
    expect(
      (await model().bindTools([params]).invoke('Book a table in Seoul')).tool_calls?.[0]?.name,
    ).toBe('book_table');
  });

  it('tools with images are refused before sending (the service does not combine them)', async () => {
    const before = ref.emu.requests.length;
    await expect(
      model()
        .bindTools([getWeather])
        .invoke([
          new HumanMessage({
            content: [
              { type: 'text', text: 'hi' },
              { type: 'image_url', image_url: 'https://example.com/a.png' },
            ],
          }),
        ]),
    ).rejects.toThrow(/tools/);
    expect(ref.emu.requests.length).toBe(before);
  });
});
