import { models } from '@clova-studio/apis';
import { describe, expect, it } from 'vitest';
import { convertToolChoice } from '../src/convert-tools.ts';
import { resolveRequestFeatures, toClovaResponseFormat } from '../src/request-features.ts';
import { ToolCallChunkTracker } from '../src/tool-call-chunks.ts';

const tool = (name: string) => ({ type: 'function' as const, function: { name, description: '' } });
const format = { type: 'json' as const, schema: { type: 'object' } };
const base = {
  tools: [],
  toolChoice: undefined,
  responseFormat: undefined,
  thinking: undefined,
  stop: undefined,
  afterToolResult: false,
};

describe('request rules (pure functions)', () => {
  it('tool_choice any/required: forced with one tool, auto with several', () => {
    expect(convertToolChoice('any', [tool('a')])).toEqual({
      type: 'function',
      function: { name: 'a' },
    });
    expect(convertToolChoice('required', [tool('a'), tool('b')])).toBe('auto');
    expect(convertToolChoice('b', [tool('a'), tool('b')])).toEqual({
      type: 'function',
      function: { name: 'b' },
    });
    expect(convertToolChoice('auto', [])).toBeUndefined();
  });

  it('tools + response format: tool phase, then answer phase after a tool result', () => {
    const caps = models['HCX-007'];
    const f = { ...base, tools: [tool('a')], responseFormat: format };
    expect(resolveRequestFeatures(caps, f)).toEqual({
      tools: [tool('a')],
      thinking: { effort: 'none' },
    });
    expect(resolveRequestFeatures(caps, { ...f, afterToolResult: true })).toEqual({
      responseFormat: format,
      thinking: { effort: 'none' },
    });
  });

  it('thinking: left alone without conflicts, none by default with them, an error when set', () => {
    expect(resolveRequestFeatures(models['HCX-007'], base)).toEqual({});
    expect(resolveRequestFeatures(models['HCX-005'], { ...base, stop: ['x'] })).toEqual({});
    expect(() =>
      resolveRequestFeatures(models['HCX-007'], {
        ...base,
        stop: ['x'],
        thinking: { effort: 'low' },
      }),
    ).toThrow(/stop/);
    expect(
      resolveRequestFeatures(models['HCX-007'], {
        ...base,
        tools: [tool('a')],
        thinking: { effort: 'none' },
      }),
    ).toEqual({
      tools: [tool('a')],
      thinking: { effort: 'none' },
    });
  });

  it('response_format: CLOVA and OpenAI forms; json_object is refused', () => {
    expect(toClovaResponseFormat(format)).toEqual(format);
    expect(
      toClovaResponseFormat({
        type: 'json_schema',
        json_schema: { name: 'x', schema: { type: 'object' } },
      }),
    ).toEqual(format);
    expect(toClovaResponseFormat({ type: 'text' })).toBeUndefined();
    expect(() => toClovaResponseFormat({ type: 'json_object' })).toThrow(/json_object/);
  });

  it('tool-call chunks: a stable index per id, later deltas extend the current call, the result tops up', () => {
    const t = new ToolCallChunkTracker();
    const a = t.chunks([{ id: 'a', function: { name: 'f' } }]);
    const a2 = t.chunks([{ function: { partialJson: '{"x":' } }]);
    const b = t.chunks([{ id: 'b', function: { name: 'g', arguments: { y: 1 } } }]);
    expect([a[0]!.index, a2[0]!.index, b[0]!.index]).toEqual([0, 0, 1]);
    expect(b[0]!.args).toBe('{"y":1}');
    const missing = t.missing([
      { id: 'a', type: 'function', function: { name: 'f', arguments: {} } },
      { id: 'c', type: 'function', function: { name: 'h', arguments: { z: 2 } } },
    ]);
    expect(missing).toEqual([
      { type: 'tool_call_chunk', index: 2, id: 'c', name: 'h', args: '{"z":2}' },
    ]);
  });
});
