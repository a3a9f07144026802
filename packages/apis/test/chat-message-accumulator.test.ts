import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ChatCompletionMessage } from '../src/index.ts';
import { ChatMessageAccumulator } from '../src/internal.ts';

describe('ChatMessageAccumulator', () => {
  it('appends content and thinking deltas', () => {
    const acc = new ChatMessageAccumulator();
    acc.add({ thinkingContent: 'hm' });
    acc.add({ thinkingContent: 'm' });
    acc.add({ content: '안' });
    acc.add({ content: '녕' });
    expect(acc.message).toMatchObject({
      role: 'assistant',
      content: '안녕',
      thinkingContent: 'hmm',
    });
  });

  it('assembles a native tool call from id/name then partialJson fragments', () => {
    const acc = new ChatMessageAccumulator();
    acc.add({
      content: '',
      toolCalls: [{ id: 'call_a', type: 'function', function: { name: 'get_weather' } }],
    });
    for (const f of ['{"', 'location', '":', ' "', 'Se', 'oul', '"}']) {
      acc.add({ content: '', toolCalls: [{ type: 'function', function: { partialJson: f } }] });
    }
    expect(acc.message.toolCalls).toEqual([
      {
        id: 'call_a',
        type: 'function',
        function: { name: 'get_weather', arguments: { location: 'Seoul' } },
      },
    ]);
    expect(acc.toolCallArgumentsText).toEqual(['{"location": "Seoul"}']);
  });

  it('starts a new call on each id, and uses index when given (OpenAI layer)', () => {
    const native = new ChatMessageAccumulator();
    native.add({ toolCalls: [{ id: 'a', function: { name: 'f' } }] });
    native.add({ toolCalls: [{ function: { partialJson: '{}' } }] });
    native.add({ toolCalls: [{ id: 'b', function: { name: 'g' } }] });
    native.add({ toolCalls: [{ function: { partialJson: '{"x":1}' } }] });
    expect(
      native.message.toolCalls?.map((c) => [c.id, c.function.name, c.function.arguments]),
    ).toEqual([
      ['a', 'f', {}],
      ['b', 'g', { x: 1 }],
    ]);

    const openai = new ChatMessageAccumulator();
    openai.add({ toolCalls: [{ index: 0, id: 'a', function: { name: 'f', arguments: '' } }] });
    openai.add({ toolCalls: [{ index: 1, id: 'b', function: { name: 'g', arguments: '{"y"' } }] });
    openai.add({ toolCalls: [{ index: 0, function: { arguments: '{"x":1}' } }] });
    openai.add({ toolCalls: [{ index: 1, function: { arguments: ':2}' } }] });
    expect(openai.message.toolCalls?.map((c) => c.function.arguments)).toEqual([
      { x: 1 },
      { y: 2 },
    ]);
  });

  it('compares with the result message', () => {
    const acc = new ChatMessageAccumulator();
    acc.add({
      content: 'ab',
      toolCalls: [{ id: 'c', function: { name: 'f', partialJson: '{"k":[1,{"z":2}]}' } }],
    });
    const good: ChatCompletionMessage = {
      role: 'assistant',
      content: 'ab',
      toolCalls: [
        { id: 'c', type: 'function', function: { name: 'f', arguments: { k: [1, { z: 2 }] } } },
      ],
    };
    expect(acc.compare(good)).toEqual([]);
    expect(acc.compare({ ...good, content: 'abc' })).toEqual(['content']);
    expect(
      acc.compare({
        ...good,
        toolCalls: [{ id: 'c', type: 'function', function: { name: 'f', arguments: { k: [1] } } }],
      }),
    ).toEqual(['toolCalls[0].function.arguments']);
  });

  it('reassembles any arguments object however its JSON text is split (property)', () => {
    const json = fc.dictionary(
      fc.string({ minLength: 1, maxLength: 8 }),
      fc.jsonValue({ maxDepth: 2 }),
    );
    fc.assert(
      fc.property(json, fc.array(fc.nat(), { maxLength: 20 }), fc.string(), (args, cuts, text) => {
        const raw = JSON.stringify(args);
        const points = [...new Set(cuts.map((c) => c % (raw.length + 1)))].sort((a, b) => a - b);
        const pieces = [0, ...points, raw.length]
          .slice(1)
          .map((end, i, ends) => raw.slice(i === 0 ? 0 : ends[i - 1], end));
        const acc = new ChatMessageAccumulator();
        acc.add({ toolCalls: [{ id: 'call_x', function: { name: 'f' } }] });
        for (const piece of [...text]) acc.add({ content: piece });
        for (const partialJson of pieces) acc.add({ toolCalls: [{ function: { partialJson } }] });
        expect(acc.message.content).toBe(text);
        expect(acc.message.toolCalls?.[0]?.function.arguments).toEqual(JSON.parse(raw));
        expect(
          acc.compare({
            role: 'assistant',
            content: text,
            toolCalls: [
              {
                id: 'call_x',
                type: 'function',
                function: { name: 'f', arguments: JSON.parse(raw) },
              },
            ],
          }),
        ).toEqual([]);
      }),
    );
  });
});
