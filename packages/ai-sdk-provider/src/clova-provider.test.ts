import { LoadAPIKeyError, NoSuchModelError } from '@ai-sdk/provider';
import { ClovaStudio } from '@clova-studio/apis';
import { FAULT_HEADER } from '@clova-studio/emulator';
import { generateText } from 'ai';
import { describe, expect, it } from 'vitest';
import { useEmulator } from '../test/emulator.ts';
import { clovaStudio, createClovaStudio } from './clova-provider.ts';

describe('createClovaStudio', () => {
  const ctx = useEmulator();

  it('makes V4 chat, embedding and reranking models', () => {
    const clova = ctx.clova;
    expect(clova.specificationVersion).toBe('v4');
    for (const model of [clova('HCX-005'), clova.languageModel('HCX-007'), clova.chat('HCX-003')]) {
      expect(model).toMatchObject({ specificationVersion: 'v4', provider: 'clovaStudio.chat' });
    }
    expect(clova.embeddingModel('bge-m3')).toMatchObject({
      provider: 'clovaStudio.embedding',
      modelId: 'bge-m3',
    });
    expect(clova.embedding('clir-emb-dolphin').modelId).toBe('clir-emb-dolphin');
    expect(clova.rerankingModel('reranker')).toMatchObject({ provider: 'clovaStudio.reranking' });
  });

  it('has no image models and cannot be called with new', () => {
    expect(() => ctx.clova.imageModel('x')).toThrow(NoSuchModelError);
    expect(() => new (ctx.clova as unknown as new (id: string) => unknown)('HCX-005')).toThrow(
      /new keyword/,
    );
  });

  it('reads the key when a model is used: a missing key is a LoadAPIKeyError', async () => {
    const saved = process.env.CLOVA_STUDIO_API_KEY;
    delete process.env.CLOVA_STUDIO_API_KEY;
    try {
      const clova = createClovaStudio({ baseURL: ctx.emu.url }); // no request yet: fine
      await expect(generateText({ model: clova('HCX-005'), prompt: 'Hi' })).rejects.toBeInstanceOf(
        LoadAPIKeyError,
      );
      process.env.CLOVA_STUDIO_API_KEY = ctx.emu.apiKey;
      expect(
        (await generateText({ model: clova('HCX-005'), prompt: 'Hi Seoul' })).text.length,
      ).toBeGreaterThan(0);
    } finally {
      if (saved === undefined) delete process.env.CLOVA_STUDIO_API_KEY;
      else process.env.CLOVA_STUDIO_API_KEY = saved;
    }
  });

  it('the default provider reads CLOVA_STUDIO_API_KEY and CLOVA_STUDIO_BASE_URL', async () => {
    const saved = [process.env.CLOVA_STUDIO_API_KEY, process.env.CLOVA_STUDIO_BASE_URL];
    process.env.CLOVA_STUDIO_API_KEY = ctx.emu.apiKey;
    process.env.CLOVA_STUDIO_BASE_URL = ctx.emu.url;
    try {
      const { text } = await generateText({
        model: clovaStudio('HCX-DASH-002'),
        prompt: 'Hello Busan',
      });
      expect(text.length).toBeGreaterThan(0);
    } finally {
      for (const [i, name] of ['CLOVA_STUDIO_API_KEY', 'CLOVA_STUDIO_BASE_URL'].entries()) {
        if (saved[i] === undefined) delete process.env[name];
        else process.env[name] = saved[i];
      }
    }
  });

  it('sends the provider headers and the call headers', async () => {
    const clova = ctx.provider({ headers: { 'x-app': 'demo' } });
    await generateText({ model: clova('HCX-005'), prompt: 'Hi', headers: { 'x-call': '1' } });
    expect(ctx.emu.requests.at(-1)?.headers).toMatchObject({ 'x-app': 'demo', 'x-call': '1' });
  });

  it('passes a custom fetch to the client', async () => {
    const seen: string[] = [];
    const clova = ctx.provider({
      fetch: (input, init) => {
        seen.push(String(input instanceof Request ? input.url : input));
        return fetch(input, init);
      },
    });
    await generateText({ model: clova('HCX-005'), prompt: 'Hi' });
    expect(seen).toEqual([`${ctx.emu.url}/v3/chat-completions/HCX-005`]);
  });

  it('reuses a given client with its options, but never retries inside it', async () => {
    const client = new ClovaStudio({ apiKey: ctx.emu.apiKey, baseURL: ctx.emu.url, maxRetries: 5 });
    const clova = createClovaStudio({ client });
    const before = ctx.emu.requests.length;
    const error = await generateText({
      model: clova('HCX-005'),
      prompt: 'Hi',
      maxRetries: 0,
      headers: { [FAULT_HEADER]: 'status=503' },
    }).catch((e: unknown) => e);
    expect(error).toMatchObject({ statusCode: 503 });
    expect(ctx.emu.requests.length - before).toBe(1);
  });
});
