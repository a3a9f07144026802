import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cosine, embedText } from '../src/services/embedding-vector.ts';
import { countTokens } from '../src/text/tokenizer.ts';
import type { AppServer } from './app-harness.ts';
import { expectStatus, startAppServer } from './app-harness.ts';

const norm = (v: number[]) => Math.sqrt(v.reduce((s, x) => s + x * x, 0));

describe('embedText', () => {
  it('is deterministic and L2-normalised at the requested dimension', () => {
    fc.assert(
      fc.property(fc.string(), fc.integer({ min: 1, max: 2048 }), (text, dim) => {
        const a = embedText(text, dim);
        expect(a).toHaveLength(dim);
        expect(a).toEqual(embedText(text, dim));
        expect(norm(a)).toBeCloseTo(1, 6);
        expect(a.every(Number.isFinite)).toBe(true);
      }),
      { numRuns: 60 },
    );
  });

  it('puts texts sharing words closer than unrelated texts (English)', () => {
    const a = embedText('How is the weather in Seoul today?', 1024);
    const b = embedText('Tell me the weather forecast for Seoul', 1024);
    const c = embedText('My cat enjoys sleeping on the keyboard', 1024);
    expect(cosine(a, b)).toBeGreaterThan(cosine(a, c) + 0.1);
  });

  it('puts texts sharing words closer than unrelated texts (Korean, across particles)', () => {
    const a = embedText('오늘 서울 날씨가 어때요?', 1024);
    const b = embedText('서울의 날씨는 내일 맑겠습니다', 1024);
    const c = embedText('고양이가 키보드 위에서 잠을 잔다', 1024);
    expect(cosine(a, b)).toBeGreaterThan(cosine(a, c) + 0.1);
  });

  it('is not the identity for different texts', () => {
    expect(cosine(embedText('apple', 1024), embedText('banana', 1024))).toBeLessThan(0.5);
  });
});

describe('embedding endpoints over HTTP', () => {
  let server: AppServer;
  beforeAll(async () => {
    server = await startAppServer();
  });
  afterAll(() => server.close());

  for (const model of ['clir-emb-dolphin', 'clir-sts-dolphin', 'v2']) {
    it(`POST /v1/api-tools/embedding/${model} returns 1024 floats and inputTokens`, async () => {
      const text = 'How is the weather today?';
      const body = await expectStatus(
        await server.post(`/v1/api-tools/embedding/${model}`, { text }),
        200,
        '20000',
      );
      expect(body.status.message).toBe('OK');
      const result = body.result as { embedding: number[]; inputTokens: number };
      expect(result.embedding).toHaveLength(1024);
      expect(result.embedding.every((x) => typeof x === 'number')).toBe(true);
      expect(result.inputTokens).toBe(countTokens(text));
      const again = (await (
        await server.post(`/v1/api-tools/embedding/${model}`, { text })
      ).json()) as {
        result: { embedding: number[] };
      };
      expect(again.result.embedding).toEqual(result.embedding);
    });
  }

  it('unknown model → 400/40080', async () => {
    const body = await expectStatus(
      await server.post('/v1/api-tools/embedding/bge-m3', { text: 'hi' }),
      400,
      '40080',
    );
    expect(body.status.message).toBe('Model not found');
    // names inherited by every object are not models either
    for (const name of ['toString', 'constructor', '__proto__'])
      await expectStatus(
        await server.post(`/v1/api-tools/embedding/${name}`, { text: 'hi' }),
        400,
        '40080',
      );
  });

  it('missing or non-string text → 400/40001; non-object body → 400/40000', async () => {
    await expectStatus(await server.post('/v1/api-tools/embedding/v2', {}), 400, '40001');
    const typed = await expectStatus(
      await server.post('/v1/api-tools/embedding/v2', { text: 3 }),
      400,
      '40001',
    );
    expect(typed.status.message).toBe('Invalid parameter: text');
    await expectStatus(await server.post('/v1/api-tools/embedding/v2', [1, 2]), 400, '40000');
  });

  it('empty text → 400/40004 Text empty', async () => {
    const body = await expectStatus(
      await server.post('/v1/api-tools/embedding/clir-emb-dolphin', { text: '  ' }),
      400,
      '40004',
    );
    expect(body.status.message).toBe('Text empty');
  });

  it('over the token limit → 400/40003 (500 for v1, 8192 for v2)', async () => {
    const v1 = 'word '.repeat(501);
    const body = await expectStatus(
      await server.post('/v1/api-tools/embedding/clir-emb-dolphin', { text: v1 }),
      400,
      '40003',
    );
    expect(body.status.message).toBe('Context length exceeded');
    await expectStatus(await server.post('/v1/api-tools/embedding/v2', { text: v1 }), 200, '20000');
    await expectStatus(
      await server.post('/v1/api-tools/embedding/v2', { text: 'word '.repeat(8193) }),
      400,
      '40003',
    );
  });

  it('v2 token counter returns numTokens; limits 1–10,000 characters', async () => {
    const body = await expectStatus(
      await server.post('/v1/api-tools/embedding/v2/tokenize', { text: '안녕하세요 hello' }),
      200,
      '20000',
    );
    expect(body.result).toEqual({ numTokens: countTokens('안녕하세요 hello') });
    await expectStatus(
      await server.post('/v1/api-tools/embedding/v2/tokenize', { text: '' }),
      400,
      '40004',
    );
    await expectStatus(
      await server.post('/v1/api-tools/embedding/v2/tokenize', { text: 'a'.repeat(10_001) }),
      400,
      '40003',
    );
  });
});
