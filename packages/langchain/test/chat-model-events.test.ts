import type { ChatModelStreamEvent } from '@langchain/core/language_models/event';
import { tool } from '@langchain/core/tools';
import { describe, expect, it } from 'vitest';
import * as z from 'zod';
import { ChatClovaX } from '../src/index.ts';
import { at, useEmulator } from './emulator.ts';

const ref = useEmulator();

async function collect(
  events: AsyncIterable<ChatModelStreamEvent>,
): Promise<ChatModelStreamEvent[]> {
  const out: ChatModelStreamEvent[] = [];
  for await (const e of events) out.push(e);
  return out;
}

describe('streamEvents() content-block protocol (core 1.3+)', () => {
  it('reasoning and text are separate blocks, reasoning first; usage and finish reason at the end', async () => {
    const model = new ChatClovaX({ ...at(ref.emu), model: 'HCX-007' });
    const events = await collect(
      model.streamEvents('Why is the sky blue?') as AsyncIterable<ChatModelStreamEvent>,
    );
    const starts = events.filter((e) => e.event === 'content-block-start');
    expect(starts.map((e) => [e.index, e.content.type])).toEqual([
      [0, 'reasoning'],
      [1, 'text'],
    ]);
    const finished = events.filter((e) => e.event === 'content-block-finish');
    expect(String(finished[0]!.content.reasoning).length).toBeGreaterThan(0);
    const end = events.at(-1)!;
    expect(end).toMatchObject({
      event: 'message-finish',
      reason: 'stop',
      usage: { output_token_details: { reasoning: expect.any(Number) } },
      responseMetadata: { model_provider: 'naver', finish_reason: 'stop' },
    });
  });

  it('tool calls get their own blocks (not the text block) and finish as parsed tool_call blocks', async () => {
    const getWeather = tool(async () => 'sunny', {
      name: 'get_weather',
      description: 'Get the current weather of a city',
      schema: z.object({ city: z.string() }),
    });
    const model = new ChatClovaX({ ...at(ref.emu), model: 'HCX-005' });
    const events = await collect(
      model.streamEvents('What is the weather in Seoul?', {
        tools: [getWeather],
      }) as AsyncIterable<ChatModelStreamEvent>,
    );
    const finished = events.filter((e) => e.event === 'content-block-finish');
    expect(finished.map((e) => e.content)).toContainEqual(
      expect.objectContaining({ type: 'tool_call', name: 'get_weather', args: { city: 'Seoul' } }),
    );
    expect(events.at(-1)).toMatchObject({ event: 'message-finish', reason: 'tool_use' });
  });
});
