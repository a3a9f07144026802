import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rerank } from '../src/services/rerank.ts';
import { rankBm25 } from '../src/text/bm25.ts';
import type { AppServer } from './app-harness.ts';
import { expectStatus, startAppServer } from './app-harness.ts';

const DOCS = [
  {
    id: 'id1',
    doc: 'A VPC cannot be deleted while servers or subnets remain in it. Return every resource first.',
  },
  {
    id: 'id2',
    doc: 'To delete a VPC, open Services > Networking > VPC in the console, select it and press Delete.',
  },
  { id: 'id3', doc: 'Object Storage buckets keep files; lifecycle rules can expire old objects.' },
];

describe('BM25', () => {
  it('scores documents sharing query terms above unrelated ones (English and Korean)', () => {
    const [a, b, c] = rankBm25(
      DOCS.map((d) => d.doc),
      'How do I delete a VPC?',
    );
    expect(a).toBeGreaterThan(0);
    expect(b).toBeGreaterThan(0);
    expect(c).toBe(0);
    const ko = rankBm25(
      ['서버를 삭제하려면 콘솔에서 선택 후 삭제를 누릅니다.', '버킷에 파일을 저장합니다.'],
      '서버 삭제 방법',
    );
    expect(ko[0]).toBeGreaterThan(ko[1] ?? 0);
  });
});

describe('rerank', () => {
  it('cites the supporting documents with <docN> tags and leaves suggestedQueries empty', () => {
    const out = rerank('How do I delete a VPC?', DOCS, 1024);
    expect(out.citedDocuments.map((d) => d.id).sort()).toEqual(['id1', 'id2']);
    expect(out.citedDocuments[0]).toEqual(DOCS.find((d) => d.id === out.citedDocuments[0]?.id));
    expect(out.result).toMatch(/^Answer: /);
    expect(out.result).toMatch(/<doc2>.*VPC.*<\/doc2>/);
    expect(out.suggestedQueries).toEqual([]);
    expect(out.usage.totalTokens).toBe(out.usage.promptTokens + out.usage.completionTokens);
  });

  it('with nothing relevant: no citations, suggested queries, Korean answer for a Korean query', () => {
    const out = rerank('내일 날씨 알려줘', DOCS, 1024);
    expect(out.citedDocuments).toEqual([]);
    expect(out.suggestedQueries.length).toBeGreaterThan(0);
    expect(out.result.startsWith('답변: ')).toBe(true);
  });

  it('does not cite documents that share only function words with the query', () => {
    const out = rerank('What is the weather like in the city tomorrow?', DOCS, 1024);
    expect(out.citedDocuments).toEqual([]);
    expect(out.suggestedQueries.length).toBeGreaterThan(0);
    expect(out.result.startsWith('Answer: ')).toBe(true);
  });

  it('cuts the answer to maxTokens', () => {
    expect(rerank('How do I delete a VPC?', DOCS, 5).usage.completionTokens).toBeLessThanOrEqual(5);
  });
});

describe('reranker over HTTP', () => {
  let server: AppServer;
  beforeAll(async () => {
    server = await startAppServer();
  });
  afterAll(() => server.close());

  it('documented example request → result, citedDocuments, suggestedQueries, usage', async () => {
    const body = await expectStatus(
      await server.post('/v1/api-tools/reranker', {
        documents: DOCS,
        query: 'How do I delete a VPC?',
      }),
      200,
      '20000',
    );
    const result = body.result as {
      result: string;
      citedDocuments: { id: string; doc: string }[];
      suggestedQueries: string[];
      usage: { promptTokens: number; completionTokens: number; totalTokens: number };
    };
    expect(typeof result.result).toBe('string');
    expect(result.citedDocuments.length).toBeGreaterThan(0);
    for (const doc of result.citedDocuments) expect(DOCS).toContainEqual(doc);
    expect(result.suggestedQueries).toEqual([]);
    expect(Object.keys(result.usage).sort()).toEqual([
      'completionTokens',
      'promptTokens',
      'totalTokens',
    ]);
  });

  it('errors: 40001 for missing/invalid fields and maxTokens ≥ 4096, 40004 empty query, 40003 over 128k tokens', async () => {
    for (const request of [
      { query: 'q' },
      { documents: DOCS },
      { documents: [{ id: 1, doc: 'x' }], query: 'q' },
      { documents: [{ id: 'a' }], query: 'q' },
      { documents: DOCS, query: 'q', maxTokens: 4096 },
      { documents: DOCS, query: 'q', maxTokens: 0 },
    ]) {
      await expectStatus(await server.post('/v1/api-tools/reranker', request), 400, '40001');
    }
    await expectStatus(
      await server.post('/v1/api-tools/reranker', { documents: DOCS, query: ' ' }),
      400,
      '40004',
    );
    const huge = [{ id: 'big', doc: 'word '.repeat(128_001) }];
    await expectStatus(
      await server.post('/v1/api-tools/reranker', { documents: huge, query: 'word' }),
      400,
      '40003',
    );
  });
});
