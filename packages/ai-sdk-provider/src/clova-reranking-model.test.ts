import { rerank } from 'ai';
import { describe, expect, it } from 'vitest';
import { useEmulator } from '../test/emulator.ts';
import { citationScore } from './clova-reranking-model.ts';

const documents = [
  'VPC deletion error: a VPC cannot be deleted while resources remain under it.',
  'Deleting a VPC: console > Services > Networking > VPC > select > Delete.',
  'Kimchi is a traditional Korean side dish of fermented vegetables.',
  'Deleting a subnet: a subnet with servers cannot be deleted.',
];

describe('citationScore', () => {
  it('scores the first cited document 1 and each later one less', () => {
    expect([0, 1, 2].map((k) => citationScore(k, 4))).toEqual([1, 0.75, 0.5]);
  });
});

describe('ClovaRerankingModel', () => {
  const ctx = useEmulator();

  it('ranks the cited documents, leaves the others out, and returns the answer', async () => {
    const result = await rerank({
      model: ctx.clova.rerankingModel('reranker'),
      documents,
      query: 'How do I delete a VPC?',
    });
    const sent = ctx.emu.requests.at(-1);
    expect(sent?.path).toBe('/v1/api-tools/reranker');
    expect(sent?.body).toMatchObject({
      documents: documents.map((doc, i) => ({ id: String(i), doc })),
    });
    const indices = result.ranking.map((r) => r.originalIndex);
    expect(indices.length).toBeGreaterThan(0);
    expect(indices.length).toBeLessThan(documents.length);
    expect(indices).not.toContain(2); // kimchi is not cited
    expect(result.ranking.map((r) => r.score)).toEqual(indices.map((_, k) => citationScore(k, 4)));
    expect(result.rerankedDocuments[0]).toBe(documents[indices[0]!]);
    const meta = result.providerMetadata?.clovaStudio;
    expect(meta?.answer).toEqual(expect.any(String));
    expect(meta?.suggestedQueries).toEqual(expect.any(Array));
    expect(meta?.usage).toMatchObject({ totalTokens: expect.any(Number) });
  });

  it('applies topN to the cited documents', async () => {
    const all = await rerank({
      model: ctx.clova.rerankingModel('reranker'),
      documents,
      query: 'delete VPC subnet',
    });
    const top = await rerank({
      model: ctx.clova.rerankingModel('reranker'),
      documents,
      query: 'delete VPC subnet',
      topN: 1,
    });
    expect(all.ranking.length).toBeGreaterThan(1);
    expect(top.ranking).toEqual(all.ranking.slice(0, 1));
  });

  it('sends object documents as JSON text, with a warning', async () => {
    // `rerank()` does not return warnings: ask the model itself
    const result = await ctx.clova.rerankingModel('reranker').doRerank({
      documents: {
        type: 'object',
        values: [{ title: 'VPC', body: 'Deleting a VPC requires deleting its subnets first.' }],
      },
      query: 'How do I delete a VPC?',
      providerOptions: { clovaStudio: { maxTokens: 512 } },
    });
    expect(ctx.emu.requests.at(-1)?.body).toMatchObject({
      documents: [
        {
          id: '0',
          doc: '{"title":"VPC","body":"Deleting a VPC requires deleting its subnets first."}',
        },
      ],
      maxTokens: 512,
    });
    expect(result.ranking).toEqual([{ index: 0, relevanceScore: 1 }]);
    expect(result.warnings).toEqual([
      expect.objectContaining({ type: 'compatibility', feature: 'object documents' }),
    ]);
  });
});
