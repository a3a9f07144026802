import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AppServer } from './app-harness.ts';
import { startAppServer } from './app-harness.ts';

const PATHS = [
  '/v1/api-tools/embedding/clir-emb-dolphin',
  '/v1/api-tools/embedding/v2',
  '/v1/api-tools/embedding/v2/tokenize',
  '/v1/api-tools/summarization/v2',
  '/v1/api-tools/segmentation',
  '/v1/api-tools/reranker',
  '/v1/api-tools/rag-reasoning',
  '/v1/routers/default/versions/1/route',
  '/v1/skillsets/default/versions/1/final-answer',
  '/tuning/v2/tasks',
];

/** Bodies shaped like each endpoint's fields, with arbitrary JSON values in them. */
const fieldNames = [
  'text',
  'texts',
  'query',
  'documents',
  'messages',
  'tools',
  'toolChoice',
  'maxTokens',
  'segCnt',
  'segCount',
  'alpha',
  'postProcess',
  'postProcessMinSize',
  'chatHistory',
  'requestOverride',
  'model',
  'trainEpochs',
  'trainingDatasetFilePath',
  'trainingDatasetBucket',
  'tokenStream',
];
const body = fc.oneof(
  fc.jsonValue(),
  fc.dictionary(fc.constantFrom(...fieldNames), fc.jsonValue({ maxDepth: 3 })),
);

describe('no input gives a 500', () => {
  let server: AppServer;
  beforeAll(async () => {
    server = await startAppServer();
  });
  afterAll(() => server.close());

  it('random JSON bodies on every endpoint answer 2xx or 4xx with a CLOVA envelope', async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...PATHS), body, async (path, value) => {
        const response = await server.post(path, JSON.stringify(value));
        expect(response.status).toBeLessThan(500);
        const text = await response.text();
        if (response.headers.get('content-type')?.includes('json')) {
          const parsed = JSON.parse(text) as { status: { code: string } };
          expect(parsed.status.code).toMatch(/^\d{5}$/);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('valid shapes with arbitrary Unicode text never fail on the server', async () => {
    const text = fc.string({ unit: 'binary', maxLength: 300 });
    const request = fc.oneof(
      fc.record({ path: fc.constant('/v1/api-tools/embedding/v2'), body: fc.record({ text }) }),
      fc.record({
        path: fc.constant('/v1/api-tools/summarization/v2'),
        body: fc.record({
          texts: fc.array(text, { maxLength: 3 }),
          autoSentenceSplitter: fc.boolean(),
          segCount: fc.constantFrom(-1, 1, 3),
        }),
      }),
      fc.record({
        path: fc.constant('/v1/api-tools/segmentation'),
        body: fc.record({
          text,
          alpha: fc.constantFrom(-100, -1.5, 0, 1.5),
          segCnt: fc.constantFrom(-1, 1, 2, 50),
          postProcess: fc.boolean(),
          postProcessMaxSize: fc.integer({ min: 1, max: 50 }),
          postProcessMinSize: fc.constantFrom(-1, 0, 1),
        }),
      }),
      fc.record({
        path: fc.constant('/v1/api-tools/reranker'),
        body: fc.record({
          query: text,
          documents: fc.array(fc.record({ id: text, doc: text }), { maxLength: 4 }),
        }),
      }),
      fc.record({
        path: fc.constant('/v1/api-tools/rag-reasoning'),
        body: fc.record({
          messages: fc.array(
            fc.record({
              role: fc.constantFrom('user', 'tool', 'assistant'),
              content: text,
              toolCallId: fc.constant('c1'),
            }),
            { minLength: 1, maxLength: 3 },
          ),
          tools: fc.constant([
            {
              type: 'function',
              function: { name: 't', description: '', parameters: { properties: { q: {} } } },
            },
          ]),
        }),
      }),
      fc.record({
        path: fc.constant('/v1/routers/default/versions/1/route'),
        body: fc.record({ query: text }),
      }),
      fc.record({
        path: fc.constant('/v1/skillsets/default/versions/1/final-answer'),
        body: fc.record({ query: text, tokenStream: fc.boolean() }),
      }),
    );
    await fc.assert(
      fc.asyncProperty(request, async ({ path, body: value }) => {
        const response = await server.post(path, value);
        expect(response.status).toBeLessThan(500);
        await response.text();
      }),
      { numRuns: 300 },
    );
  });
});

describe('the largest documented inputs are answered', () => {
  let server: AppServer;
  beforeAll(async () => {
    server = await startAppServer();
  });
  afterAll(() => server.close());

  it('segmentation of 120,000 characters of short sentences, with post-processing', async () => {
    const text = 'Go. '.repeat(30_000).slice(0, 120_000);
    for (const postProcess of [false, true]) {
      const response = await server.post('/v1/api-tools/segmentation', {
        text,
        postProcess,
        segCnt: 1,
        postProcessMaxSize: 50,
        postProcessMinSize: 20,
      });
      expect(response.status).toBe(200);
      const body = (await response.json()) as { result: { span: number[][] } };
      expect(body.result.span.flat()).toHaveLength(30_000);
    }
  });

  it('summary of 35,000 characters and a reranker call with many documents', async () => {
    const summary = await server.post('/v1/api-tools/summarization/v2', {
      texts: ['문장입니다. '.repeat(5_000).slice(0, 35_000)],
    });
    expect(summary.status).toBe(200);
    const documents = Array.from({ length: 150_000 }, (_, i) => ({ id: String(i), doc: '' }));
    const rerank = await server.post('/v1/api-tools/reranker', { documents, query: 'anything' });
    expect(rerank.status).toBe(200);
    const invalid = Array.from({ length: 150_000 }, () => ({ id: 1 }));
    const bad = await server.post('/v1/api-tools/reranker', { documents: invalid, query: 'q' });
    expect(bad.status).toBe(400);
  });
});
