import { generateText, stepCountIs, streamText } from 'ai';
import { describe, expect, it } from 'vitest';
import { useEmulator } from '../test/emulator.ts';
import { weatherTools } from '../test/fixtures.ts';
import { prepareClovaTools } from './clova-prepare-tools.ts';

const fn = (name: string) =>
  ({ type: 'function', name, inputSchema: { type: 'object', properties: {} } }) as const;

describe('prepareClovaTools', () => {
  it('maps function tools, with an empty description when there is none', () => {
    const { tools, toolChoice } = prepareClovaTools({ tools: [fn('a')] });
    expect(tools).toEqual([
      {
        type: 'function',
        function: { name: 'a', description: '', parameters: { type: 'object', properties: {} } },
      },
    ]);
    expect(toolChoice).toBe('auto');
  });

  it('forces the named tool, and the only tool for required', () => {
    expect(
      prepareClovaTools({ tools: [fn('a'), fn('b')], toolChoice: { type: 'tool', toolName: 'b' } })
        .toolChoice,
    ).toEqual({ type: 'function', function: { name: 'b' } });
    expect(
      prepareClovaTools({ tools: [fn('a')], toolChoice: { type: 'required' } }).toolChoice,
    ).toEqual({
      type: 'function',
      function: { name: 'a' },
    });
  });

  it('falls back to auto with a warning for required among several tools', () => {
    const { toolChoice, warnings } = prepareClovaTools({
      tools: [fn('a'), fn('b')],
      toolChoice: { type: 'required' },
    });
    expect(toolChoice).toBe('auto');
    expect(warnings).toEqual([
      expect.objectContaining({ type: 'compatibility', feature: 'toolChoice required' }),
    ]);
  });

  it('sends no tools for toolChoice none, and drops provider tools with a warning', () => {
    expect(
      prepareClovaTools({ tools: [fn('a')], toolChoice: { type: 'none' } }).tools,
    ).toBeUndefined();
    const { tools, warnings } = prepareClovaTools({
      tools: [{ type: 'provider', id: 'x.search', name: 'search', args: {} }],
    });
    expect(tools).toBeUndefined();
    expect(warnings).toEqual([{ type: 'unsupported', feature: 'provider-defined tool x.search' }]);
  });
});

describe('tools against the emulator', () => {
  const ctx = useEmulator();

  it.each(['HCX-005', 'HCX-007'])(
    'generateText runs a multi-step tool loop on %s',
    async (model) => {
      const result = await generateText({
        model: ctx.clova(model),
        prompt: 'What is the weather in Seoul?',
        tools: weatherTools,
        stopWhen: stepCountIs(3),
      });
      expect(result.steps.map((s) => s.finishReason)).toEqual(['tool-calls', 'stop']);
      const [call] = result.steps[0]?.toolCalls ?? [];
      expect(call).toMatchObject({ toolName: 'get_weather', input: { location: 'Seoul' } });
      expect(call?.toolCallId).toMatch(/^call_/);
      expect(result.text).toContain('21');
      // the second request replays the call and its result
      const body = ctx.emu.requests.at(-1)?.body as { messages: Record<string, unknown>[] };
      expect(body.messages.slice(1)).toEqual([
        {
          role: 'assistant',
          content: '',
          toolCalls: [
            {
              id: call?.toolCallId,
              type: 'function',
              function: { name: 'get_weather', arguments: { location: 'Seoul' } },
            },
          ],
        },
        {
          role: 'tool',
          toolCallId: call?.toolCallId,
          content: JSON.stringify({ location: 'Seoul', temperature: 21 }),
        },
      ]);
      if (model === 'HCX-007') expect(body).toMatchObject({ thinking: { effort: 'none' } });
    },
  );

  it.each(['HCX-DASH-002', 'HCX-007'])(
    'streamText streams tool input, then the answer, on %s',
    async (model) => {
      const result = streamText({
        model: ctx.clova(model),
        prompt: 'What is the weather in Seoul?',
        tools: weatherTools,
        stopWhen: stepCountIs(3),
      });
      const parts: { type: string; id?: string; toolCallId?: string; delta?: string }[] = [];
      for await (const part of result.fullStream) parts.push(part as (typeof parts)[number]);
      const start = parts.find((p) => p.type === 'tool-input-start');
      const deltas = parts.filter((p) => p.type === 'tool-input-delta');
      const call = parts.find((p) => p.type === 'tool-call');
      expect(deltas.length).toBeGreaterThan(1);
      expect(deltas.every((d) => d.id === start?.id)).toBe(true);
      expect(JSON.parse(deltas.map((d) => d.delta).join(''))).toEqual({ location: 'Seoul' });
      expect(call?.toolCallId).toBe(start?.id);
      expect(parts.findIndex((p) => p.type === 'tool-input-end')).toBeLessThan(
        parts.indexOf(call!),
      );
      expect((await result.steps).map((s) => s.finishReason)).toEqual(['tool-calls', 'stop']);
      expect(await result.text).toContain('21');
    },
  );

  it('forces a tool with toolChoice', async () => {
    const result = await generateText({
      model: ctx.clova('HCX-005'),
      prompt: 'Hello there',
      tools: weatherTools,
      toolChoice: { type: 'tool', toolName: 'get_weather' },
    });
    expect(result.toolCalls).toHaveLength(1);
    expect(ctx.emu.requests.at(-1)?.body).toMatchObject({
      toolChoice: { type: 'function', function: { name: 'get_weather' } },
    });
  });
});
