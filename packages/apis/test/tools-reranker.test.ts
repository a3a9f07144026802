import { BadRequestError, RequestValidationError } from '@clova-studio/core';
import { describe, expect, it } from 'vitest';
import { createRerank } from '../src/index.ts';
import { useEmulator } from './helpers/emulator.ts';

const t = useEmulator();

const documents = [
  {
    id: 'id1',
    doc: 'VPC deletion error: a VPC cannot be deleted while resources remain under it.',
  },
  {
    id: 'id2',
    doc: 'Deleting a VPC: open the console, Networking, VPC, select it and press Delete.',
  },
  { id: 'id3', doc: 'The weather in Seoul is sunny with a light breeze.' },
];

describe('reranker.create (Reranker)', () => {
  it('answers with the cited documents and usage', async () => {
    const res = await t.client.reranker.create({
      query: 'How do I delete a VPC?',
      documents,
      maxTokens: 1024,
    });
    expect(res.result.length).toBeGreaterThan(0);
    expect(res.citedDocuments.length).toBeGreaterThan(0);
    for (const cited of res.citedDocuments) {
      expect(documents.map((d) => d.id)).toContain(cited.id);
    }
    expect(res.usage?.totalTokens).toBe(
      (res.usage?.promptTokens ?? 0) + (res.usage?.completionTokens ?? 0),
    );
  });

  it('suggests queries when nothing is relevant (standalone)', async () => {
    const res = await createRerank(t.client.transport, {
      query: 'quantum chromodynamics lattice',
      documents,
    });
    expect(res.citedDocuments).toEqual([]);
    expect(res.suggestedQueries?.length).toBeGreaterThan(0);
  });

  it.each([
    [{ query: '', documents }, 'query'],
    [{ query: 'q', documents, maxTokens: 4096 }, 'maxTokens'],
    [{ query: 'q', documents, maxTokens: 0 }, 'maxTokens'],
    [{ query: 'q', documents: [{ id: 'a' }] }, 'documents[0].doc'],
  ])('rejects %j before sending (%s)', async (params, path) => {
    const error = await (async () =>
      t.client.reranker.create(params as Parameters<typeof t.client.reranker.create>[0]))().catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(RequestValidationError);
    expect((error as RequestValidationError).path).toBe(path);
    expect(t.emulator.requests).toHaveLength(0);
  });

  it('surfaces a blank query sent without validation as BadRequestError 40004', async () => {
    const error = await t.client.reranker
      .create({ query: '  ', documents }, { validate: false })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BadRequestError);
    expect(error).toMatchObject({ code: '40004' });
  });
});
