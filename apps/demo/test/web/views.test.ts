import { describe, expect, it } from 'vitest';
import {
  type ChatUIMessage,
  formatValue,
  isBusy,
  toMessageView,
  toolSummary,
  usageLine,
} from '../../src/web/client/views.ts';

const answer = (parts: ChatUIMessage['parts'], metadata?: ChatUIMessage['metadata']) =>
  ({ id: 'a1', role: 'assistant', parts, metadata }) as ChatUIMessage;

describe('toMessageView (parts → views)', () => {
  it('keeps reasoning, tool calls and text in stream order and drops step markers and empty text', () => {
    const view = toMessageView(
      answer([
        { type: 'step-start' },
        { type: 'reasoning', text: 'The user wants…', state: 'done' },
        {
          type: 'tool-get_weather',
          toolCallId: 'call-1',
          state: 'output-available',
          input: { city: 'Seoul' },
          output: { city: 'Seoul', date: 'tomorrow', condition: 'light rain', temperatureC: 17 },
        },
        { type: 'step-start' },
        { type: 'text', text: '  ', state: 'done' },
        { type: 'text', text: 'It will rain, 17 °C.', state: 'done' },
      ]),
    );
    expect(view.role).toBe('assistant');
    expect(view.blocks.map((b) => b.kind)).toEqual(['reasoning', 'tool', 'text']);
  });

  it('labels reasoning by whether it is still streaming (the block opens while it streams)', () => {
    const streaming = toMessageView(
      answer([{ type: 'reasoning', text: 'Hmm', state: 'streaming' }]),
      true,
    );
    expect(streaming.blocks[0]).toMatchObject({
      kind: 'reasoning',
      streaming: true,
      label: 'Thinking…',
    });
    const done = toMessageView(answer([{ type: 'reasoning', text: 'Hmm', state: 'done' }]));
    expect(done.blocks[0]).toMatchObject({ streaming: false, label: 'Reasoning' });
  });

  it('marks text that is still arriving, but not the text of a stopped answer', () => {
    const parts: ChatUIMessage['parts'] = [{ type: 'text', text: 'Partial', state: 'streaming' }];
    expect(toMessageView(answer(parts), true).blocks[0]).toMatchObject({
      kind: 'text',
      text: 'Partial',
      streaming: true,
    });
    expect(toMessageView(answer(parts), false).blocks[0]).toMatchObject({ streaming: false });
  });

  it('turns a finished tool call into a card with its input, output and a one-line summary', () => {
    const view = toMessageView(
      answer([
        {
          type: 'tool-calculator',
          toolCallId: 'c1',
          state: 'output-available',
          input: { operation: 'multiply', a: 23, b: 19 },
          output: { expression: '23 × 19', result: 437 },
        },
      ]),
    );
    expect(view.blocks[0]).toMatchObject({
      kind: 'tool',
      toolName: 'calculator',
      title: 'Calculator',
      status: 'done',
      statusLabel: 'Done',
      summary: '23 × 19 = 437',
    });
    const tool = view.blocks[0];
    if (tool?.kind !== 'tool') throw new Error('not a tool block');
    expect(JSON.parse(tool.input ?? '')).toEqual({ operation: 'multiply', a: 23, b: 19 });
    expect(JSON.parse(tool.output ?? '')).toEqual({ expression: '23 × 19', result: 437 });
  });

  it('shows a running tool without output, and a failed one with its error', () => {
    const view = toMessageView(
      answer([
        { type: 'tool-get_weather', toolCallId: 'w1', state: 'input-streaming', input: {} },
        {
          type: 'tool-calculator',
          toolCallId: 'c2',
          state: 'output-error',
          input: { operation: 'divide', a: 1, b: 0 },
          errorText: 'Division by zero',
        },
      ]),
    );
    expect(view.blocks[0]).toMatchObject({
      status: 'running',
      statusLabel: 'Calling…',
      input: undefined,
      output: undefined,
    });
    expect(view.blocks[1]).toMatchObject({
      status: 'error',
      error: 'Division by zero',
      output: undefined,
    });
  });

  it('reads dynamic tool parts (LangChain agents) like static ones', () => {
    const view = toMessageView(
      answer([
        {
          type: 'dynamic-tool',
          toolName: 'get_weather',
          toolCallId: 'd1',
          state: 'output-available',
          input: { city: 'Busan' },
          output: '{"city":"Busan","date":"today","condition":"sunny","temperatureC":21}',
        },
      ]),
    );
    expect(view.blocks[0]).toMatchObject({
      kind: 'tool',
      title: 'Weather',
      summary: 'Busan, today: 21 °C, sunny',
    });
  });

  it('gives user messages no usage line', () => {
    const view = toMessageView({
      id: 'u1',
      role: 'user',
      parts: [{ type: 'text', text: 'Hello' }],
    } as ChatUIMessage);
    expect(view).toMatchObject({ role: 'user', usage: undefined });
    expect(view.blocks).toHaveLength(1);
  });
});

describe('usageLine', () => {
  it('names the model and engine and counts the tokens, reasoning apart', () => {
    expect(
      usageLine({
        model: 'HCX-007',
        engine: 'ai-sdk',
        usage: { inputTokens: 20, outputTokens: 90, reasoningTokens: 60, totalTokens: 110 },
      }),
    ).toBe('HCX-007 · AI SDK · 20 in · 90 out (60 reasoning) tokens');
    expect(usageLine({ engine: 'langchain', usage: { inputTokens: 5, outputTokens: 7 } })).toBe(
      'LangChain · 5 in · 7 out tokens',
    );
  });

  it('is absent until the answer finished (no usage yet)', () => {
    expect(usageLine(undefined)).toBeUndefined();
    expect(usageLine({ model: 'HCX-005', engine: 'ai-sdk' })).toBeUndefined();
  });
});

describe('formatValue and toolSummary', () => {
  it('prints short JSON on one line, long JSON indented, and other strings as they are', () => {
    expect(formatValue({ city: 'Seoul', date: 'tomorrow' })).toBe(
      '{"city":"Seoul","date":"tomorrow"}',
    );
    expect(formatValue('{"a":1}')).toBe('{"a":1}');
    const long = { city: 'Seoul', date: '2026-12-02', condition: 'light rain', temperatureC: 17 };
    expect(formatValue(long)).toBe(JSON.stringify(long, null, 2));
    expect(formatValue('plain text')).toBe('plain text');
  });

  it('summarises only the tools it knows', () => {
    expect(toolSummary('search', { hits: 3 })).toBeUndefined();
    expect(toolSummary('calculator', 'not json')).toBeUndefined();
  });
});

describe('isBusy', () => {
  it('offers stop while submitted or streaming, send otherwise', () => {
    expect(['submitted', 'streaming', 'ready', 'error'].map(isBusy)).toEqual([
      true,
      true,
      false,
      false,
    ]);
  });
});
