import { AIMessage, AIMessageChunk, HumanMessage, SystemMessage } from '@langchain/core/messages';
import { describe, expect, it } from 'vitest';
import { ChatClovaX } from '../src/index.ts';
import { at, useEmulator } from './emulator.ts';

// The LangChain standard-test checklist (internal/standard-tests), re-implemented for ChatClovaX.
const ref = useEmulator();
const model = (fields: ConstructorParameters<typeof ChatClovaX>[0] = {}) =>
  new ChatClovaX({ ...at(ref.emu), maxRetries: 0, ...fields });

describe('ChatClovaX unit checklist', () => {
  it('testChatModelInit: constructs with the default model', () => {
    const m = model();
    expect(m.model).toBe('HCX-005');
    expect(m._llmType()).toBe('clovax');
    expect(ChatClovaX.lc_name()).toBe('ChatClovaX');
    expect(m.lc_serializable).toBe(true);
  });

  it('testChatModelInitApiKey: takes apiKey, else CLOVA_STUDIO_API_KEY or CLOVASTUDIO_API_KEY', () => {
    expect(model({ apiKey: 'nv-x' }).lc_secrets).toEqual({ apiKey: 'CLOVA_STUDIO_API_KEY' });
    const saved = { a: process.env.CLOVA_STUDIO_API_KEY, b: process.env.CLOVASTUDIO_API_KEY };
    try {
      delete process.env.CLOVA_STUDIO_API_KEY;
      delete process.env.CLOVASTUDIO_API_KEY;
      expect(() => new ChatClovaX()).toThrow(/CLOVA_STUDIO_API_KEY/);
      process.env.CLOVASTUDIO_API_KEY = 'nv-from-langchain-naver';
      expect(() => new ChatClovaX()).not.toThrow();
    } finally {
      process.env.CLOVASTUDIO_API_KEY = saved.b;
      if (saved.b === undefined) delete process.env.CLOVASTUDIO_API_KEY;
      if (saved.a !== undefined) process.env.CLOVA_STUDIO_API_KEY = saved.a;
    }
  });

  it('testChatModelInitStreaming', () => {
    expect(model({ streaming: true }).streaming).toBe(true);
  });

  it('testChatModelWithBindTools / testChatModelWithStructuredOutput', () => {
    const m = model();
    expect(
      m.bindTools([{ name: 't', description: 'd', parameters: { type: 'object' } }]),
    ).toBeDefined();
    expect(m.withStructuredOutput({ title: 'x', type: 'object', properties: {} })).toBeDefined();
  });

  it('testStandardParams: exactly the six LangSmith keys', () => {
    const params = model({ temperature: 0.3, maxTokens: 100 }).getLsParams({} as never);
    expect(Object.keys(params).sort()).toEqual(
      [
        'ls_max_tokens',
        'ls_model_name',
        'ls_model_type',
        'ls_provider',
        'ls_stop',
        'ls_temperature',
      ].sort(),
    );
    expect(params).toMatchObject({
      ls_provider: 'naver',
      ls_model_name: 'HCX-005',
      ls_temperature: 0.3,
      ls_max_tokens: 100,
    });
  });

  it('profile comes from the apis capability table', () => {
    expect(model({ model: 'HCX-007' }).profile).toMatchObject({
      reasoningOutput: true,
      structuredOutput: true,
      maxOutputTokens: 32_768,
    });
    expect(model({ model: 'HCX-005' }).profile).toMatchObject({
      imageInputs: true,
      structuredOutput: false,
      toolCalling: true,
    });
    expect(model({ model: 'ft:abc' }).profile).toEqual({});
  });
});

describe('ChatClovaX integration checklist', () => {
  it('testInvoke', async () => {
    const res = await model().invoke('Tell me about Seoul');
    expect(res).toBeInstanceOf(AIMessage);
    expect(typeof res.content).toBe('string');
    expect((res.content as string).length).toBeGreaterThan(0);
    expect(res.response_metadata).toMatchObject({
      model_provider: 'naver',
      model_name: 'HCX-005',
      finish_reason: 'stop',
    });
    expect(typeof res.response_metadata.seed).toBe('number');
    expect(typeof res.response_metadata.request_id).toBe('string');
    const recorded = ref.emu.requests.at(-1)!;
    expect(recorded.requestId).toBe(res.response_metadata.request_id);
  });

  it('includeAiFilters: response_metadata.ai_filter', async () => {
    const res = await model({ includeAiFilters: true }).invoke('Tell me about Seoul');
    expect(Array.isArray(res.response_metadata.ai_filter)).toBe(true);
    expect((ref.emu.requests.at(-1)!.body as { includeAiFilters?: boolean }).includeAiFilters).toBe(
      true,
    );
  });

  it('testStream', async () => {
    let n = 0;
    let text = '';
    for await (const chunk of await model().stream('Tell me about Busan')) {
      expect(chunk).toBeInstanceOf(AIMessageChunk);
      text += chunk.text;
      n++;
    }
    expect(n).toBeGreaterThan(1);
    expect(text.length).toBeGreaterThan(0);
  });

  it('testBatch', async () => {
    const results = await model().batch(['Hello', 'Tell me about Jeju']);
    expect(results).toHaveLength(2);
    for (const r of results) expect((r.content as string).length).toBeGreaterThan(0);
  });

  it('testStreamEvents: chat model stream events and the usage on the end event', async () => {
    const kinds = new Set<string>();
    let usage: unknown;
    for await (const e of model().streamEvents('Tell me about Daegu', { version: 'v2' })) {
      kinds.add(e.event);
      if (e.event === 'on_chat_model_end') usage = (e.data.output as AIMessageChunk).usage_metadata;
    }
    expect([...kinds]).toEqual(
      expect.arrayContaining(['on_chat_model_start', 'on_chat_model_stream', 'on_chat_model_end']),
    );
    expect(usage).toMatchObject({
      input_tokens: expect.any(Number),
      output_tokens: expect.any(Number),
    });
  });

  it('testConversation / testDoubleMessageConversation', async () => {
    const res = await model().invoke([
      new SystemMessage('You are terse.'),
      new HumanMessage('hello'),
      new AIMessage('hello'),
      new HumanMessage('how are you'),
      new HumanMessage('tell me about Incheon'),
    ]);
    expect((res.content as string).length).toBeGreaterThan(0);
    const body = ref.emu.requests.at(-1)!.body as { messages: { role: string }[] };
    expect(body.messages.map((m) => m.role)).toEqual([
      'system',
      'user',
      'assistant',
      'user',
      'user',
    ]);
  });

  it('testUsageMetadata', async () => {
    const res = await model().invoke('Tell me about Gwangju');
    const u = res.usage_metadata!;
    expect(u.input_tokens).toBeGreaterThan(0);
    expect(u.output_tokens).toBeGreaterThan(0);
    expect(u.total_tokens).toBe(u.input_tokens + u.output_tokens);
  });

  it('testUsageMetadataStreaming: usage on the last chunk, seen by handleLLMNewToken', async () => {
    let final: AIMessageChunk | undefined;
    const seen: unknown[] = [];
    const stream = await model().stream('Tell me about Ulsan', {
      callbacks: [
        {
          handleLLMNewToken(_t, _i, _r, _p, _tags, fields) {
            const c = (fields?.chunk as { message?: AIMessageChunk } | undefined)?.message;
            if (c?.usage_metadata) seen.push(c.usage_metadata);
          },
        },
      ],
    });
    for await (const chunk of stream) final = final ? final.concat(chunk) : chunk;
    expect(final!.usage_metadata!.input_tokens).toBeGreaterThan(0);
    expect(final!.response_metadata).toMatchObject({
      finish_reason: 'stop',
      model_name: 'HCX-005',
    });
    expect(seen).toHaveLength(1);
  });

  it('testStopSequence: stop from the constructor and per call', async () => {
    const res = await model({ seed: 7 }).invoke('Tell me about Seoul', { stop: ['Seoul'] });
    const body = ref.emu.requests.at(-1)!.body as { stop?: string[] };
    expect(body.stop).toEqual(['Seoul']);
    expect(res.content as string).not.toContain('Seoul');
    await model({ stop: ['x'] }).invoke('hi');
    expect((ref.emu.requests.at(-1)!.body as { stop?: string[] }).stop).toEqual(['x']);
  });

  it('testInvokeThrowsWithAbortedSignal', async () => {
    const before = ref.emu.requests.length;
    await expect(model().invoke('hi', { signal: AbortSignal.abort() })).rejects.toThrow();
    expect(ref.emu.requests.length).toBe(before);
  });

  it('testStreamReturnsEarlyWithAbortedSignal', async () => {
    const chunks: unknown[] = [];
    await expect(async () => {
      for await (const c of await model().stream('hi', { signal: AbortSignal.abort() }))
        chunks.push(c);
    }).rejects.toThrow();
    expect(chunks).toHaveLength(0);
  });

  it('streaming: true makes _generate consume the stream', async () => {
    const res = await model({ streaming: true }).invoke('Tell me about Suwon');
    expect((res.content as string).length).toBeGreaterThan(0);
    expect(res.usage_metadata?.total_tokens).toBeGreaterThan(0);
    expect(ref.emu.requests.at(-1)!.headers.accept).toContain('text/event-stream');
  });

  it('testStandardImageContentBlocks: standard image blocks and OpenAI image_url parts (HCX-005)', async () => {
    const png =
      'iVBORw0KGgoAAAANSUhEUgAAAAQAAAAECAIAAAAmkwkpAAAAEklEQVR4nGP4z8CAB+GTG8HSALfKY52fTcuYAAAAAElFTkSuQmCC';
    const res = await model().invoke([
      new HumanMessage({
        content: [
          { type: 'text', text: 'What is in this picture?' },
          { type: 'image', mimeType: 'image/png', data: png },
        ],
      }),
      new AIMessage('A small square.'),
      new HumanMessage({
        content: [
          { type: 'text', text: 'And this one?' },
          { type: 'image_url', image_url: { url: `data:image/png;base64,${png}` } },
        ],
      }),
    ]);
    expect((res.content as string).length).toBeGreaterThan(0);
    const body = ref.emu.requests.at(-1)!.body as { messages: { content: unknown }[] };
    expect(body.messages[0]!.content).toEqual([
      { type: 'text', text: 'What is in this picture?' },
      { type: 'image_url', dataUri: { data: `data:image/png;base64,${png}` } },
    ]);
  });

  it('v1-only models and tuned tasks go through the same class', async () => {
    const v1 = await model({ model: 'HCX-003' }).invoke('Tell me about Seoul');
    expect((v1.content as string).length).toBeGreaterThan(0);
    expect(ref.emu.requests.at(-1)!.path).toBe('/v1/chat-completions/HCX-003');
    const tuned = await model({ model: 'ft:task123' }).invoke('Tell me about Seoul');
    expect((tuned.content as string).length).toBeGreaterThan(0);
    expect(ref.emu.requests.at(-1)!.path).toBe('/v3/tasks/task123/chat-completions');
    await model({ taskId: 'task456' }).invoke('hi');
    expect(ref.emu.requests.at(-1)!.path).toBe('/v3/tasks/task456/chat-completions');
  });

  it('getNumTokens uses the service token calculator', async () => {
    const n = await model().getNumTokens('Hello there, Seoul');
    expect(n).toBeGreaterThan(0);
    expect(ref.emu.requests.at(-1)!.path).toBe('/v3/api-tools/chat-tokenize/HCX-005');
    const { totalCount, countPerMessage } = await model().getNumTokensFromMessages([
      new SystemMessage('be brief'),
      new HumanMessage('Hello there, Seoul'),
    ]);
    expect(countPerMessage).toHaveLength(2);
    expect(totalCount).toBe(countPerMessage[0]! + countPerMessage[1]!);
  });

  it('trimToFit fits a long history through the Sliding Window API', async () => {
    const long = 'Seoul is a big city with many people and places. '.repeat(60);
    const history = Array.from({ length: 12 }, (_, i) =>
      i % 2 === 0 ? new HumanMessage(`${i}: ${long}`) : new AIMessage(`${i}: ${long}`),
    );
    const res = await model({ trimToFit: true, maxTokens: 256 }).invoke([
      new SystemMessage('You are terse.'),
      ...history,
      new HumanMessage('Tell me about Seoul'),
    ]);
    expect((res.content as string).length).toBeGreaterThan(0);
    const [slide, chat] = ref.emu.requests.slice(-2);
    expect(slide!.path).toBe('/v1/api-tools/sliding/chat-messages/HCX-005');
    const sent = (chat!.body as { messages: { role: string }[] }).messages;
    expect(sent.length).toBeLessThan(14);
    expect(sent[0]!.role).toBe('system');
  });
});

describe('serialization', () => {
  it('toJSON keeps the key as a secret reference and records the package version', () => {
    const m = new ChatClovaX({ apiKey: 'nv-secret-key-1234', baseURL: 'http://127.0.0.1:1' });
    const json = JSON.stringify(m);
    expect(json).not.toContain('nv-secret-key-1234');
    expect(json).toContain('"CLOVA_STUDIO_API_KEY"');
    expect(m.metadata?.versions).toMatchObject({ '@clova-studio/langchain': expect.any(String) });
  });
});
