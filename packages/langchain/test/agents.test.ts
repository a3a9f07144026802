import { tool } from '@langchain/core/tools';
import { createAgent } from 'langchain';
import { describe, expect, it } from 'vitest';
import * as z from 'zod';
import { ChatClovaX } from '../src/index.ts';
import { at, useEmulator } from './emulator.ts';

const ref = useEmulator();

const calls: string[] = [];
const getWeather = tool(
  async ({ city }) => {
    calls.push(city);
    return `It is 23 degrees and sunny in ${city}.`;
  },
  {
    name: 'get_weather',
    description: 'Get the current weather of a city',
    schema: z.object({ city: z.string().describe('The city name') }),
  },
);

describe('createAgent from langchain', () => {
  it('calls a local tool and answers with its result', async () => {
    calls.length = 0;
    const agent = createAgent({
      model: new ChatClovaX({ ...at(ref.emu), model: 'HCX-005', maxRetries: 0 }),
      tools: [getWeather],
    });
    const { messages } = await agent.invoke({
      messages: [{ role: 'user', content: 'What is the weather in Seoul?' }],
    });
    expect(calls).toEqual(['Seoul']);
    expect(messages.map((m) => m.getType())).toEqual(['human', 'ai', 'tool', 'ai']);
    expect(messages.at(-1)!.text).toContain('sunny');
  });

  it('the same with a responseFormat (HCX-007: a tool phase, then a structured answer)', async () => {
    calls.length = 0;
    const Weather = z.object({
      city: z.string(),
      summary: z.string().describe('One sentence about the weather'),
    });
    const model = new ChatClovaX({ ...at(ref.emu), model: 'HCX-007', maxRetries: 0 });
    const agent = createAgent({ model, tools: [getWeather], responseFormat: Weather });
    const result = await agent.invoke({
      messages: [{ role: 'user', content: 'What is the weather in Seoul?' }],
    });
    expect(calls).toEqual(['Seoul']);
    expect(Weather.safeParse(result.structuredResponse).success).toBe(true);
    const chatBodies = ref.emu.requests
      .filter((r) => r.path === '/v3/chat-completions/HCX-007')
      .map((r) => r.body as Record<string, unknown>);
    expect(chatBodies).toHaveLength(2);
    // first request: tools, no responseFormat; second (after the tool result): responseFormat only
    expect(chatBodies[0]!.tools).toBeDefined();
    expect(chatBodies[0]!.responseFormat).toBeUndefined();
    expect(chatBodies[1]!.tools).toBeUndefined();
    expect(chatBodies[1]!.responseFormat).toBeDefined();
    for (const b of chatBodies) expect(b.thinking).toEqual({ effort: 'none' });
  });
});
