import { describe, expect, it } from 'vitest';
import {
  chatCompletionsV1ResponseSchema,
  chatCompletionsV3ResponseSchema,
  chatTokenizeV3ResponseSchema,
  openAIChatCompletionSchema,
} from '../src/index.ts';
import {
  ChatMessageAccumulator,
  chatV1ResponseToV3,
  normalizeCreated,
  normalizeStopReason,
  normalizeToolArguments,
  openAIChatStep,
  parseOpenAIChatChunk,
} from '../src/internal.ts';

describe('normalizeCreated', () => {
  it('reads seconds and milliseconds as the same instant', () => {
    expect(normalizeCreated(1744218663).toISOString()).toBe('2025-04-09T17:11:03.000Z');
    expect(normalizeCreated(1744218663000).toISOString()).toBe('2025-04-09T17:11:03.000Z');
  });
  it('accepts numeric strings', () => {
    expect(normalizeCreated('1791043155000').getTime()).toBe(1791043155000);
  });
  it('turns a response created field into a Date, passing unknown fields through', () => {
    const r = chatCompletionsV3ResponseSchema.parse({
      message: { role: 'assistant', content: 'hi', extra: 1 },
      created: 1753362971,
      somethingNew: true,
    });
    expect(r.created).toBeInstanceOf(Date);
    expect(r.created?.getTime()).toBe(1753362971000);
    // unknown fields pass through at run time, without being typed (no index signature)
    expect((r as unknown as Record<string, unknown>).somethingNew).toBe(true);
    expect((r.message as unknown as Record<string, unknown>).extra).toBe(1);
  });
});

describe('normalizeStopReason', () => {
  it('lower-cases any casing', () => {
    expect(normalizeStopReason('LENGTH')).toBe('length');
    expect(normalizeStopReason('stop_before')).toBe('stop_before');
    expect(normalizeStopReason('End_Token')).toBe('end_token');
  });
  it('applies to v1 responses', () => {
    const r = chatCompletionsV1ResponseSchema.parse({
      message: { role: 'assistant', content: 'x' },
      stopReason: 'STOP_BEFORE',
      inputLength: 3,
      outputLength: 1,
    });
    expect(r.stopReason).toBe('stop_before');
  });
});

describe('normalizeToolArguments', () => {
  it('keeps objects and parses JSON strings', () => {
    expect(normalizeToolArguments({ location: 'Seoul' })).toEqual({ location: 'Seoul' });
    expect(normalizeToolArguments('{"location":"Seoul"}')).toEqual({ location: 'Seoul' });
  });
  it('yields {} for empty, invalid or non-object input', () => {
    expect(normalizeToolArguments('')).toEqual({});
    expect(normalizeToolArguments('{"loc')).toEqual({});
    expect(normalizeToolArguments('[1]')).toEqual({});
    expect(normalizeToolArguments(null)).toEqual({});
  });
  it('normalises both forms in native and OpenAI-layer responses', () => {
    const call = (args: unknown) => ({
      id: 'call_1',
      type: 'function',
      function: { name: 'f', arguments: args },
    });
    const native = chatCompletionsV3ResponseSchema.parse({
      message: { role: 'assistant', content: '', toolCalls: [call('{"a":1}'), call({ a: 1 })] },
    });
    expect(native.message.toolCalls?.map((c) => c.function.arguments)).toEqual([
      { a: 1 },
      { a: 1 },
    ]);
    const openai = openAIChatCompletionSchema.parse({
      choices: [
        {
          index: 0,
          message: {
            role: 'assistant',
            content: null,
            tool_calls: [call('{"a":1}'), call({ a: 1 })],
          },
        },
      ],
    });
    expect(openai.choices[0]?.message.tool_calls?.map((c) => c.function.arguments)).toEqual([
      { a: 1 },
      { a: 1 },
    ]);
  });
});

describe('chat tokenizer v3 response', () => {
  it('wraps a single content object into an array', () => {
    const r = chatTokenizeV3ResponseSchema.parse({
      messages: [
        { role: 'system', content: { type: 'text', text: 'x', count: 3 } },
        { role: 'user', content: [{ type: 'text', text: 'y', count: 2 }] },
      ],
    });
    expect(r.messages.map((m) => m.content.length)).toEqual([1, 1]);
  });
});

describe('v1 → v3 normalisation', () => {
  it('maps stopReason to finishReason and lengths to usage, keeping the v1 fields', () => {
    const v1 = chatCompletionsV1ResponseSchema.parse({
      message: { role: 'assistant', content: 'x' },
      stopReason: 'LENGTH',
      inputLength: 10,
      outputLength: 5,
    });
    const v3 = chatV1ResponseToV3(v1);
    expect(v3.finishReason).toBe('length');
    expect(v3.usage).toEqual({ promptTokens: 10, completionTokens: 5, totalTokens: 15 });
    expect((v3 as { stopReason?: string }).stopReason).toBe('length');
    expect(chatV1ResponseToV3({ ...v1, stopReason: 'stop_before' }).finishReason).toBe('stop');
    expect(chatV1ResponseToV3({ ...v1, stopReason: 'end_token' }).finishReason).toBe('stop');
  });
});

describe('OpenAI-layer stream chunks', () => {
  it('accept tool-call arguments as an object as well as a JSON string fragment', () => {
    const chunk = parseOpenAIChatChunk({
      id: undefined,
      event: 'message',
      data: {
        id: 'c1',
        choices: [
          {
            index: 0,
            delta: {
              tool_calls: [
                {
                  index: 0,
                  id: 'call_1',
                  type: 'function',
                  function: { name: 'get_weather', arguments: { location: 'Seoul' } },
                },
              ],
            },
          },
        ],
      },
    });
    const accumulator = new ChatMessageAccumulator();
    const delta = openAIChatStep(chunk).delta;
    if (delta) accumulator.add(delta);
    expect(accumulator.message.toolCalls?.[0]?.function.arguments).toEqual({ location: 'Seoul' });
  });
});
