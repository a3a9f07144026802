import { generateText, streamText } from 'ai';
import { describe, expect, it } from 'vitest';
import { useEmulator } from '../test/emulator.ts';
import { PNG_BASE64, PNG_BYTES, REASONING_THEN_TEXT } from '../test/fixtures.ts';

describe('ClovaChatLanguageModel', () => {
  const ctx = useEmulator();

  it('generateText returns text, usage, response and provider metadata', async () => {
    const result = await generateText({
      model: ctx.clova('HCX-005'),
      prompt: 'Tell me about Seoul',
      seed: 42,
    });
    expect(result.text).toContain('Seoul');
    expect(result.finishReason).toBe('stop');
    expect(result.usage.inputTokens).toBeGreaterThan(0);
    expect(result.usage.outputTokens).toBeGreaterThan(0);
    const meta = result.providerMetadata?.clovaStudio;
    expect(meta?.requestId).toEqual(expect.any(String));
    expect(meta?.seed).toBe(42);
    expect(result.response.id).toBe(meta?.requestId);
    expect(result.response.modelId).toBe('HCX-005');
    const sent = ctx.emu.requests.at(-1);
    expect(sent?.path).toBe('/v3/chat-completions/HCX-005');
    expect(sent?.requestId).toBe(meta?.requestId);
  });

  it('streamText streams text deltas and finishes with usage', async () => {
    const result = streamText({ model: ctx.clova('HCX-005'), prompt: '서울에 대해 알려줘' });
    const deltas: string[] = [];
    for await (const delta of result.textStream) deltas.push(delta);
    expect(deltas.length).toBeGreaterThan(1);
    expect(deltas.join('')).toContain('서울');
    expect(await result.text).toBe(deltas.join(''));
    expect(await result.finishReason).toBe('stop');
    expect((await result.usage).outputTokens).toBeGreaterThan(0);
  });

  it('sends the system message and earlier turns', async () => {
    await generateText({
      model: ctx.clova('HCX-DASH-002'),
      instructions: 'You are terse.',
      messages: [
        { role: 'user', content: 'Hi' },
        { role: 'assistant', content: 'Hello!' },
        { role: 'user', content: 'Tell me about Busan' },
      ],
    });
    const body = ctx.emu.requests.at(-1)?.body as {
      messages: { role: string; content: unknown }[];
    };
    expect(body.messages.map((m) => m.role)).toEqual(['system', 'user', 'assistant', 'user']);
    expect(body.messages[0]?.content).toBe('You are terse.');
  });

  it.each([
    ['bytes', { type: 'file', data: PNG_BYTES, mediaType: 'image/png' }, 'dataUri'],
    ['base64', { type: 'file', data: PNG_BASE64, mediaType: 'image/png' }, 'dataUri'],
    ['bytes of type image', { type: 'file', data: PNG_BYTES, mediaType: 'image' }, 'dataUri'],
    [
      'a data URL',
      {
        type: 'file',
        data: new URL(`data:image/png;base64,${PNG_BASE64}`),
        mediaType: 'image/png',
      },
      'dataUri',
    ],
    [
      'an https URL',
      { type: 'file', data: new URL('https://example.com/sheep.png'), mediaType: 'image' },
      'imageUrl',
    ],
  ] as const)('sends an image given as %s to HCX-005', async (_, part, field) => {
    const { text } = await generateText({
      model: ctx.clova('HCX-005'),
      messages: [
        { role: 'user', content: [part, { type: 'text', text: 'Describe this picture.' }] },
      ],
    });
    expect(text.length).toBeGreaterThan(0);
    const body = ctx.emu.requests.at(-1)?.body as {
      messages: { content: Record<string, { url?: string; data?: string }>[] }[];
    };
    const image = body.messages[0]?.content[0];
    expect(image?.type).toBe('image_url');
    if (field === 'dataUri') expect(image?.dataUri?.data).toMatch(/^data:image\/png;base64,iVBOR/);
    else expect(image?.imageUrl?.url).toBe('https://example.com/sheep.png');
  });

  it('generateText returns HCX-007 reasoning, counted in outputTokens.reasoning', async () => {
    const result = await generateText({
      model: ctx.clova('HCX-007'),
      prompt: '서울 여행 계획을 세워줘',
      reasoning: 'medium',
    });
    expect(result.reasoningText?.length).toBeGreaterThan(0);
    expect(result.text.length).toBeGreaterThan(0);
    expect(result.text).not.toContain(result.reasoningText);
    const { outputTokens, outputTokenDetails } = result.usage;
    expect(outputTokenDetails.reasoningTokens).toBeGreaterThan(0);
    expect(outputTokenDetails.textTokens).toBe(
      (outputTokens ?? 0) - (outputTokenDetails.reasoningTokens ?? 0),
    );
    const body = ctx.emu.requests.at(-1)?.body as Record<string, unknown>;
    expect(body.thinking).toEqual({ effort: 'medium' });
  });

  it('streamText streams HCX-007 reasoning before the text', async () => {
    const result = streamText({ model: ctx.clova('HCX-007'), prompt: '서울 여행 계획을 세워줘' });
    const order: string[] = [];
    for await (const part of result.fullStream) {
      if (part.type.startsWith('reasoning-') || part.type.startsWith('text-')) {
        if (order.at(-1) !== part.type) order.push(part.type);
      }
    }
    expect(order).toEqual(REASONING_THEN_TEXT);
    expect((await result.reasoningText)?.length).toBeGreaterThan(0);
    expect((await result.usage).outputTokenDetails.reasoningTokens).toBeGreaterThan(0);
  });

  it('providerOptions thinking wins over reasoning', async () => {
    await generateText({
      model: ctx.clova('HCX-007'),
      prompt: 'Hello',
      reasoning: 'high',
      providerOptions: { clovaStudio: { thinking: { effort: 'none' } } },
    });
    const body = ctx.emu.requests.at(-1)?.body as Record<string, unknown>;
    expect(body.thinking).toEqual({ effort: 'none' });
  });

  it('maps maxOutputTokens to maxTokens or maxCompletionTokens by model', async () => {
    await generateText({ model: ctx.clova('HCX-005'), prompt: 'Hi', maxOutputTokens: 100 });
    expect(ctx.emu.requests.at(-1)?.body).toMatchObject({ maxTokens: 100 });
    await generateText({ model: ctx.clova('HCX-007'), prompt: 'Hi', maxOutputTokens: 2000 });
    const body = ctx.emu.requests.at(-1)?.body as Record<string, unknown>;
    expect(body.maxCompletionTokens).toBe(2000);
    expect(body.maxTokens).toBeUndefined();
  });

  it.each(['generateText', 'streamText'] as const)('stops at a stop sequence (%s)', async (fn) => {
    const prompt = 'Tell me about Seoul and Busan';
    const full = (await generateText({ model: ctx.clova('HCX-005'), prompt, seed: 7 })).text;
    const stop = full.split(' ').slice(3, 4).join(' ');
    const options = { model: ctx.clova('HCX-005'), prompt, seed: 7, stopSequences: [stop] };
    const text =
      fn === 'generateText' ? (await generateText(options)).text : await streamText(options).text;
    expect(ctx.emu.requests.at(-1)?.body).toMatchObject({ stop: [stop] });
    expect(text.length).toBeLessThan(full.length);
    expect(full.startsWith(text)).toBe(true);
    expect(text).not.toContain(stop);
  });

  it('passes temperature, topP, topK, seed and the CLOVA provider options', async () => {
    const result = await generateText({
      model: ctx.clova('HCX-005'),
      prompt: 'Hello',
      temperature: 0.3,
      topP: 0.7,
      topK: 5,
      seed: 1234,
      providerOptions: { clovaStudio: { repetitionPenalty: 1.05, includeAiFilters: true } },
    });
    expect(ctx.emu.requests.at(-1)?.body).toMatchObject({
      temperature: 0.3,
      topP: 0.7,
      topK: 5,
      seed: 1234,
      repetitionPenalty: 1.05,
      includeAiFilters: true,
    });
    const filters = result.providerMetadata?.clovaStudio?.aiFilter;
    expect(filters).toEqual(
      expect.arrayContaining([expect.objectContaining({ groupName: 'curse', name: 'insult' })]),
    );
  });

  it('emits raw chunks and response metadata when asked', async () => {
    const result = streamText({
      model: ctx.clova('HCX-005'),
      prompt: 'Hello',
      includeRawChunks: true,
    });
    const raw: unknown[] = [];
    for await (const part of result.fullStream) if (part.type === 'raw') raw.push(part.rawValue);
    expect(raw.length).toBeGreaterThan(1);
    expect(raw.at(-1)).toMatchObject({ finishReason: 'stop', usage: expect.any(Object) });
    const response = await result.response;
    expect(response.modelId).toBe('HCX-005');
    expect(response.id).toBe((await result.providerMetadata)?.clovaStudio?.requestId);
  });

  it('routes a v1-only model (HCX-003) to Chat Completions v1', async () => {
    const { text } = await generateText({
      model: ctx.clova('HCX-003'),
      prompt: 'Tell me about Seoul',
    });
    expect(text).toContain('Seoul');
    expect(ctx.emu.requests.at(-1)?.path).toBe('/v1/chat-completions/HCX-003');
    const streamed = await streamText({ model: ctx.clova('HCX-DASH-001'), prompt: 'Hi Seoul' })
      .text;
    expect(streamed.length).toBeGreaterThan(0);
    expect(ctx.emu.requests.at(-1)?.path).toBe('/v1/chat-completions/HCX-DASH-001');
  });

  it('sends ft:<taskId> to the tuned task', async () => {
    const { text } = await generateText({ model: ctx.clova('ft:abc123xy'), prompt: 'Hello Seoul' });
    expect(text.length).toBeGreaterThan(0);
    expect(ctx.emu.requests.at(-1)?.path).toBe('/v3/tasks/abc123xy/chat-completions');
  });
});
