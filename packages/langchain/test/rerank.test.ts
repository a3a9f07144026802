import { ContextualCompressionRetriever } from '@langchain/classic/retrievers/contextual_compression';
import { MemoryVectorStore } from '@langchain/classic/vectorstores/memory';
import { Document } from '@langchain/core/documents';
import { describe, expect, it } from 'vitest';
import { ClovaXEmbeddings, ClovaXRerank } from '../src/index.ts';
import { at, useEmulator } from './emulator.ts';

const ref = useEmulator();

const corpus = [
  new Document({
    pageContent: 'To delete a VPC, first delete its subnets, then delete the VPC in the console.',
    metadata: { source: 'vpc' },
  }),
  new Document({
    pageContent: 'Object Storage buckets keep files; set a lifecycle rule to expire old objects.',
    metadata: { source: 'storage' },
  }),
  new Document({
    pageContent:
      'A VPC peering connection links two VPCs; delete the peering before deleting a VPC.',
    metadata: { source: 'peering' },
  }),
  new Document({
    pageContent: 'Server images can be copied to another region for backups.',
    metadata: { source: 'images' },
  }),
];

describe('ClovaXRerank', () => {
  it('inside ContextualCompressionRetriever over a MemoryVectorStore built with ClovaXEmbeddings', async () => {
    const store = await MemoryVectorStore.fromDocuments(
      corpus,
      new ClovaXEmbeddings({ ...at(ref.emu), model: 'bge-m3' }),
    );
    const reranker = new ClovaXRerank(at(ref.emu));
    const retriever = new ContextualCompressionRetriever({
      baseCompressor: reranker,
      baseRetriever: store.asRetriever(4),
    });
    const docs = await retriever.invoke('How do I delete a VPC?');
    expect(docs.length).toBeGreaterThan(0);
    expect(docs.every((d) => /VPC/.test(d.pageContent))).toBe(true);
    const scores = docs.map((d) => d.metadata.relevanceScore as number);
    expect(scores[0]).toBe(1);
    expect([...scores].sort((a, b) => b - a)).toEqual(scores);
    expect(reranker.lastAnswer).toMatch(/<doc\d+>/);
  });

  it('returns copies in citation order with relevanceScore = 1 - k/n; the input is not mutated', async () => {
    const reranker = new ClovaXRerank(at(ref.emu));
    const input = corpus.map(
      (d) => new Document({ pageContent: d.pageContent, metadata: { ...d.metadata } }),
    );
    const out = await reranker.compressDocuments(input, 'How do I delete a VPC?');
    const { ranking } = await reranker.rerank(input, 'How do I delete a VPC?');
    expect(out.map((d) => d.pageContent)).toEqual(ranking.map((r) => input[r.index]!.pageContent));
    expect(ranking.map((r) => r.relevanceScore)).toEqual(
      ranking.map((_, k) => 1 - k / ranking.length),
    );
    for (const d of input)
      expect((d.metadata as Record<string, unknown>).relevanceScore).toBeUndefined();
    expect(out[0]).not.toBe(input[ranking[0]!.index]);
  });

  it('rerank gives the answer, and suggested queries when nothing is relevant; topN caps the documents', async () => {
    const reranker = new ClovaXRerank({ ...at(ref.emu), topN: 1 });
    const hit = await reranker.rerank(corpus, 'How do I delete a VPC?');
    expect(hit.ranking).toHaveLength(1);
    expect(hit.answer.length).toBeGreaterThan(0);
    expect(hit.usage?.totalTokens).toBeGreaterThan(0);
    const miss = await reranker.rerank(corpus, 'Recipe for kimchi stew');
    expect(miss.ranking).toEqual([]);
    expect(miss.suggestedQueries.length).toBeGreaterThan(0);
    expect(await reranker.compressDocuments([], 'anything')).toEqual([]);
  });
});
