import { AuthenticationError, BadRequestError, RequestValidationError } from '@clova-studio/core';
import { describe, expect, it } from 'vitest';
import { ClovaStudio, createEmbedding, createEmbeddingV2 } from '../src/index.ts';
import { useEmulator } from './helpers/emulator.ts';

const t = useEmulator();

describe('embeddings.create (Embedding v1)', () => {
  it('embeds a text with clir-emb-dolphin by default', async () => {
    const res = await t.client.embeddings.create({ text: 'How is the weather today?' });
    expect(res.embedding).toHaveLength(1024);
    expect(res.inputTokens).toBeGreaterThan(0);
    const [req] = t.emulator.requests;
    expect(req?.path).toBe('/v1/api-tools/embedding/clir-emb-dolphin');
    expect(req?.body).toEqual({ text: 'How is the weather today?' });
  });

  it('sends the model in the path (clir-sts-dolphin)', async () => {
    await t.client.embeddings.create({ model: 'clir-sts-dolphin', text: 'similar sentences' });
    expect(t.emulator.requests[0]?.path).toBe('/v1/api-tools/embedding/clir-sts-dolphin');
  });

  it('is a standalone function on a transport, with withResponse()', async () => {
    const { data, response, requestId } = await createEmbedding(
      t.client.transport,
      { text: 'hello' },
      { requestId: 'req-emb-1' },
    ).withResponse();
    expect(data.embedding).toHaveLength(1024);
    expect(response.status).toBe(200);
    expect(requestId).toBe('req-emb-1');
    expect(t.emulator.requests[0]?.requestId).toBe('req-emb-1');
  });

  it('rejects an empty text before sending', async () => {
    await expect(async () => t.client.embeddings.create({ text: '' })).rejects.toMatchObject({
      name: 'RequestValidationError',
      path: 'text',
    });
    expect(t.emulator.requests).toHaveLength(0);
  });

  it('sends it anyway with validate: false, and the service answers 40004', async () => {
    const error = await t.client.embeddings
      .create({ text: '' }, { validate: false })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BadRequestError);
    expect(error).toMatchObject({ status: 400, code: '40004' });
  });

  it('skips validation for a client created with validation: false', async () => {
    const client = new ClovaStudio({
      apiKey: t.emulator.apiKey,
      baseURL: t.emulator.url,
      maxRetries: 0,
      logLevel: 'off',
      validation: false,
    });
    const error = await client.embeddings.create({ text: '' }).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: '40004' });
    expect(t.emulator.requests).toHaveLength(1);
  });

  it('surfaces a text over 500 tokens as BadRequestError 40003', async () => {
    const error = await t.client.embeddings
      .create({ text: 'token '.repeat(2_000) })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BadRequestError);
    expect(error).toMatchObject({ code: '40003' });
  });

  it('surfaces a wrong key as AuthenticationError', async () => {
    const client = new ClovaStudio({
      apiKey: 'nv-00000000000000000000000000000000abcd',
      baseURL: t.emulator.url,
      maxRetries: 0,
      logLevel: 'off',
    });
    const error = await client.embeddings.create({ text: 'hi' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AuthenticationError);
    expect((error as AuthenticationError).code).toMatch(/^401/);
  });
});

describe('embeddings.createV2 (Embedding v2, bge-m3)', () => {
  it('embeds a text', async () => {
    const res = await t.client.embeddings.createV2({ text: 'CLOVA Studio embedding v2' });
    expect(res.embedding).toHaveLength(1024);
    expect(res.inputTokens).toBeGreaterThan(0);
    expect(t.emulator.requests[0]?.path).toBe('/v1/api-tools/embedding/v2');
  });

  it('gives the same vector for the same text and is usable standalone', async () => {
    const a = await createEmbeddingV2(t.client.transport, { text: 'same' });
    const b = await t.client.embeddings.createV2({ text: 'same' });
    expect(a.embedding).toEqual(b.embedding);
  });

  it('rejects a missing text before sending, naming the field', async () => {
    const error = await (async () =>
      t.client.embeddings.createV2({} as unknown as { text: string }))().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RequestValidationError);
    expect((error as RequestValidationError).path).toBe('text');
    expect(t.emulator.requests).toHaveLength(0);
  });

  it('surfaces an empty text sent without validation as 40004', async () => {
    const error = await t.client.embeddings
      .createV2({ text: '   ' }, { validate: false })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BadRequestError);
    expect(error).toMatchObject({ code: '40004' });
  });
});
