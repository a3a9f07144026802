import type { JSONSchema7, LanguageModelV4CallOptions } from '@ai-sdk/provider';
import { generateText, Output } from 'ai';
import { describe, expect, it } from 'vitest';
import * as z from 'zod';
import { useEmulator } from '../test/emulator.ts';
import { PNG_BYTES, weatherTools } from '../test/fixtures.ts';
import { parseChatModelId, prepareClovaChatRequest } from './clova-chat-request.ts';

const user = (text: string): LanguageModelV4CallOptions['prompt'] => [
  { role: 'user', content: [{ type: 'text', text }] },
];
const tool = {
  type: 'function',
  name: 'get_weather',
  description: 'Weather lookup tool',
  inputSchema: { type: 'object', properties: { location: { type: 'string' } } },
} as const;
const schema: JSONSchema7 = {
  type: 'object',
  properties: { city: { type: 'string' } },
  required: ['city'],
};

describe('prepareClovaChatRequest', () => {
  it('reads ft:<taskId> as a tuned task', () => {
    expect(parseChatModelId('ft:abc')).toEqual({ taskId: 'abc' });
    expect(parseChatModelId('HCX-005')).toEqual({ model: 'HCX-005' });
  });

  it('warns about settings CLOVA does not have', async () => {
    const { params, warnings } = await prepareClovaChatRequest('HCX-005', {
      prompt: user('Hi'),
      presencePenalty: 0.5,
      frequencyPenalty: 0.5,
    });
    expect(warnings).toEqual([
      { type: 'unsupported', feature: 'presencePenalty' },
      { type: 'unsupported', feature: 'frequencyPenalty' },
    ]);
    expect(params).not.toHaveProperty('presencePenalty');
  });

  it('maps reasoning levels onto thinking.effort, warning on the nearest level', async () => {
    const high = await prepareClovaChatRequest('HCX-007', {
      prompt: user('Hi'),
      reasoning: 'xhigh',
    });
    expect(high.params.thinking).toEqual({ effort: 'high' });
    expect(high.warnings).toEqual([
      expect.objectContaining({ type: 'compatibility', feature: 'reasoning' }),
    ]);
    const none = await prepareClovaChatRequest('HCX-007', {
      prompt: user('Hi'),
      reasoning: 'none',
    });
    expect(none.params.thinking).toEqual({ effort: 'none' });
    const unset = await prepareClovaChatRequest('HCX-007', { prompt: user('Hi') });
    expect(unset.params.thinking).toBeUndefined();
  });

  it('warns and sends no thinking on a model without it', async () => {
    const { params, warnings } = await prepareClovaChatRequest('HCX-005', {
      prompt: user('Hi'),
      reasoning: 'high',
    });
    expect(params.thinking).toBeUndefined();
    expect(warnings).toEqual([
      expect.objectContaining({ type: 'unsupported', feature: 'reasoning' }),
    ]);
  });

  it('sends providerOptions thinking as asked to a model it does not know', async () => {
    const { params, warnings } = await prepareClovaChatRequest('HCX-999', {
      prompt: user('Hi'),
      providerOptions: { clovaStudio: { thinking: { effort: 'high' } } },
    });
    expect(params.thinking).toEqual({ effort: 'high' });
    expect(warnings).toEqual([]);
  });

  it('rule 1: tools win over structured outputs (schema as an instruction)', async () => {
    const { params, warnings } = await prepareClovaChatRequest('HCX-007', {
      prompt: user('Weather in Seoul?'),
      tools: [tool],
      responseFormat: { type: 'json', schema },
    });
    expect(params.responseFormat).toBeUndefined();
    expect(params.tools).toHaveLength(1);
    expect(JSON.stringify(params.messages[0])).toContain('city');
    expect(warnings).toEqual([
      expect.objectContaining({ type: 'compatibility', feature: 'responseFormat' }),
    ]);
  });

  it('rule 2: tools and structured outputs turn thinking off, with a warning when it was asked for', async () => {
    const so = await prepareClovaChatRequest('HCX-007', {
      prompt: user('Describe Seoul'),
      responseFormat: { type: 'json', schema },
      reasoning: 'high',
    });
    expect(so.params).toMatchObject({
      responseFormat: { type: 'json', schema },
      thinking: { effort: 'none' },
    });
    expect(so.warnings).toEqual([
      expect.objectContaining({ type: 'compatibility', feature: 'reasoning' }),
    ]);
    const tools = await prepareClovaChatRequest('HCX-007', {
      prompt: user('Weather?'),
      tools: [tool],
    });
    expect(tools.params.thinking).toEqual({ effort: 'none' });
    expect(tools.warnings).toEqual([]);
  });

  it('rule 3: stop sequences are not sent while HCX-007 thinks', async () => {
    const thinking = await prepareClovaChatRequest('HCX-007', {
      prompt: user('Hi'),
      stopSequences: ['.'],
    });
    expect(thinking.params.stop).toBeUndefined();
    expect(thinking.warnings).toEqual([
      expect.objectContaining({ type: 'unsupported', feature: 'stopSequences' }),
    ]);
    const off = await prepareClovaChatRequest('HCX-007', {
      prompt: user('Hi'),
      stopSequences: ['.'],
      reasoning: 'none',
    });
    expect(off.params.stop).toEqual(['.']);
  });

  it('rule 4: with tools the token cap is raised to 1024', async () => {
    const { params, warnings } = await prepareClovaChatRequest('HCX-005', {
      prompt: user('Weather?'),
      tools: [tool],
      maxOutputTokens: 100,
    });
    expect(params.maxTokens).toBe(1024);
    expect(warnings).toEqual([
      expect.objectContaining({ type: 'compatibility', feature: 'maxOutputTokens' }),
    ]);
  });

  it('asks for JSON by instruction on models without structured outputs, or without a schema', async () => {
    const cases: [string, LanguageModelV4CallOptions['responseFormat']][] = [
      ['HCX-005', { type: 'json', schema }],
      ['HCX-007', { type: 'json' }],
    ];
    for (const [model, format] of cases) {
      const { params, warnings } = await prepareClovaChatRequest(model, {
        prompt: user('Describe Seoul'),
        responseFormat: format,
      });
      expect(params.responseFormat).toBeUndefined();
      expect(JSON.stringify(params.messages)).toContain('JSON');
      expect(warnings?.[0]).toMatchObject({ type: 'compatibility', feature: 'responseFormat' });
    }
  });

  it('passes headers, the request id and validate as request options', async () => {
    const signal = new AbortController().signal;
    const { requestOptions } = await prepareClovaChatRequest('HCX-005', {
      prompt: user('Hi'),
      abortSignal: signal,
      headers: { 'x-a': '1', 'x-b': undefined },
      providerOptions: { clovaStudio: { requestId: 'my-id', validate: false } },
    });
    expect(requestOptions).toEqual({
      signal,
      headers: { 'x-a': '1' },
      requestId: 'my-id',
      validate: false,
    });
  });
});

describe('settings through generateText', () => {
  const ctx = useEmulator();

  it('returns the warnings', async () => {
    const { warnings } = await generateText({
      model: ctx.clova('HCX-005'),
      prompt: 'Hello',
      presencePenalty: 0.2,
      reasoning: 'low',
    });
    expect((warnings ?? []).map((w) => ('feature' in w ? w.feature : w.type))).toEqual([
      'presencePenalty',
      'reasoning',
    ]);
  });

  it('Output.object with a zod schema uses structured outputs on HCX-007', async () => {
    const result = await generateText({
      model: ctx.clova('HCX-007'),
      output: Output.object({ schema: z.object({ city: z.string(), population: z.number() }) }),
      prompt: 'Describe Seoul',
    });
    expect(result.output).toEqual({ city: expect.any(String), population: expect.any(Number) });
    expect(result.warnings).toEqual([]);
    const body = ctx.emu.requests.at(-1)?.body as Record<string, unknown>;
    expect(body).toMatchObject({ responseFormat: { type: 'json' }, thinking: { effort: 'none' } });
  });

  it('Output.object on HCX-005 asks for the schema by instruction, with a warning', async () => {
    const result = await generateText({
      model: ctx.clova('HCX-005'),
      output: Output.object({ schema: z.object({ city: z.string() }) }),
      prompt: 'Describe Seoul',
    }).catch((error: unknown) => error);
    // the emulator's HCX-005 answers in prose: what matters is what was sent
    expect(result).toBeDefined();
    const body = ctx.emu.requests.at(-1)?.body as Record<string, unknown>;
    expect(body.responseFormat).toBeUndefined();
    expect(JSON.stringify(body.messages)).toContain('city');
  });

  it('rejects a combination CLOVA refuses before any request (images with tools)', async () => {
    const before = ctx.emu.requests.length;
    await expect(
      generateText({
        model: ctx.clova('HCX-005'),
        messages: [
          {
            role: 'user',
            content: [
              { type: 'file', data: PNG_BYTES, mediaType: 'image/png' },
              { type: 'text', text: 'What is the weather here?' },
            ],
          },
        ],
        tools: weatherTools,
      }),
    ).rejects.toMatchObject({ name: 'RequestValidationError', path: 'tools' });
    expect(ctx.emu.requests.length).toBe(before);
  });
});
