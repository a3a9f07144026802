import type { LanguageModelV4StreamPart } from '@ai-sdk/provider';
import {
  APIError,
  type ChatCompletion,
  type ChatStreamEvent,
  StreamTruncatedError,
} from '@clova-studio/apis';
import { streamText } from 'ai';
import { describe, expect, it } from 'vitest';
import { useEmulator } from '../test/emulator.ts';
import { REASONING_THEN_TEXT, rejectionOf } from '../test/fixtures.ts';
import { ClovaStreamParts } from './clova-stream-parts.ts';

const token = (message: Record<string, unknown>): ChatStreamEvent => ({
  event: 'token',
  id: undefined,
  data: { message: { role: 'assistant', ...message }, finishReason: null, usage: null },
});
const result = (message: Record<string, unknown>, finishReason: string): ChatStreamEvent => ({
  event: 'result',
  id: undefined,
  data: {
    message: { role: 'assistant', content: '', ...message },
    finishReason,
    seed: 7,
    usage: { promptTokens: 3, completionTokens: 5, totalTokens: 8 },
  } as ChatCompletion,
});

function run(events: ChatStreamEvent[], failure?: unknown): LanguageModelV4StreamPart[] {
  const parts: LanguageModelV4StreamPart[] = [];
  let n = 0;
  const stream = new ClovaStreamParts(
    {
      warnings: [],
      modelId: 'HCX-005',
      requestId: 'req-1',
      includeRawChunks: false,
      generateId: () => `gen-${n++}`,
      toError: (e) => e,
    },
    (p) => parts.push(p),
  );
  for (const e of events) stream.event(e);
  if (failure) stream.fail(failure);
  stream.end();
  return parts;
}

describe('ClovaStreamParts', () => {
  it('gives each streamed tool call a stable id (deltas have no index) and completes it from result', () => {
    const parts = run([
      token({
        content: '',
        toolCalls: [{ id: 'call_a', type: 'function', function: { name: 'a' } }],
      }),
      token({ content: '', toolCalls: [{ type: 'function', function: { partialJson: '{"x":' } }] }),
      token({ content: '', toolCalls: [{ type: 'function', function: { partialJson: '1}' } }] }),
      token({
        content: '',
        toolCalls: [{ id: 'call_b', type: 'function', function: { name: 'b' } }],
      }),
      token({ content: '', toolCalls: [{ type: 'function', function: { partialJson: '{}' } }] }),
      result(
        {
          toolCalls: [
            { id: 'call_a', type: 'function', function: { name: 'a', arguments: { x: 1 } } },
            { id: 'call_b', type: 'function', function: { name: 'b', arguments: {} } },
          ],
        },
        'tool_calls',
      ),
    ]);
    const summary = parts
      .filter((p) => p.type.startsWith('tool-'))
      .map((p) => `${p.type}:${'id' in p ? p.id : (p as { toolCallId: string }).toolCallId}`);
    expect(summary).toEqual([
      'tool-input-start:call_a',
      'tool-input-delta:call_a',
      'tool-input-delta:call_a',
      'tool-input-start:call_b',
      'tool-input-delta:call_b',
      'tool-input-end:call_a',
      'tool-call:call_a',
      'tool-input-end:call_b',
      'tool-call:call_b',
    ]);
    expect(parts.find((p) => p.type === 'tool-call')).toMatchObject({ input: '{"x":1}' });
    expect(parts.at(-1)).toMatchObject({
      type: 'finish',
      finishReason: { unified: 'tool-calls', raw: 'tool_calls' },
    });
  });

  it('never appends the result text to the deltas, and uses it when no delta came', () => {
    const streamed = run([token({ content: 'Hi' }), result({ content: 'Hi' }, 'stop')]);
    expect(
      streamed.filter((p) => p.type === 'text-delta').map((p) => (p as { delta: string }).delta),
    ).toEqual(['Hi']);
    const onlyResult = run([result({ content: 'Hello', thinkingContent: 'hmm' }, 'stop')]);
    expect(onlyResult.map((p) => p.type)).toEqual([
      'stream-start',
      'response-metadata',
      ...REASONING_THEN_TEXT,
      'finish',
    ]);
  });

  it('finishes as interrupted without result, and as error after an error event', () => {
    const cut = run([token({ content: 'Hi' })], new StreamTruncatedError('cut'));
    expect(cut.some((p) => p.type === 'error')).toBe(false);
    expect(cut.at(-1)).toMatchObject({ type: 'finish', finishReason: { unified: 'interrupted' } });
    const failed = run(
      [token({ content: 'Hi' })],
      new APIError('boom', { status: 500, code: '50000' }),
    );
    expect(failed.find((p) => p.type === 'error')).toMatchObject({ error: { code: '50000' } });
    expect(failed.at(-1)).toMatchObject({ type: 'finish', finishReason: { unified: 'error' } });
  });

  it('reports the request id and seed in providerMetadata', () => {
    const parts = run([token({ content: 'Hi' }), result({ content: 'Hi' }, 'stop')]);
    expect(parts.at(-1)).toMatchObject({
      providerMetadata: { clovaStudio: { requestId: 'req-1', seed: 7 } },
      usage: { inputTokens: { total: 3 }, outputTokens: { total: 5, text: 5, reasoning: 0 } },
    });
  });
});

describe('abort', () => {
  const ctx = useEmulator({ latency: { firstTokenMs: 0, perTokenMs: 40 } });

  it('abortSignal stops a stream mid-way and closes the HTTP request', async () => {
    const controller = new AbortController();
    const result = streamText({
      model: ctx.clova('HCX-005'),
      prompt: 'Tell me about Seoul and Busan and Incheon',
      abortSignal: controller.signal,
    });
    const types: string[] = [];
    let deltas = 0;
    for await (const part of result.fullStream) {
      types.push(part.type);
      if (part.type === 'text-delta' && ++deltas === 2) controller.abort();
    }
    expect(deltas).toBe(2);
    expect(types.at(-1)).toBe('abort');
    expect(types).not.toContain('error');
    // the HTTP request was closed, so the emulator stopped answering
    await expect.poll(() => ctx.emu.requests.at(-1)?.aborted).toBe(true);
  });

  it('an aborted signal rejects before anything is sent', async () => {
    const before = ctx.emu.requests.length;
    const controller = new AbortController();
    controller.abort();
    const error = await rejectionOf(
      ctx.clova('HCX-005').doGenerate({
        prompt: [{ role: 'user', content: [{ type: 'text', text: 'Hi' }] }],
        abortSignal: controller.signal,
      }),
    );
    expect((error as Error).name).toBe('AbortError');
    expect(ctx.emu.requests.length).toBe(before);
  });
});
