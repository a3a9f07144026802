import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { containsKeyword } from '../src/text/keyword-match.ts';
import type { AppServer } from './app-harness.ts';
import { expectStatus, startAppServer } from './app-harness.ts';

interface RouteBody {
  domain: { result: string; called: boolean };
  blockedContent: { result: string[]; called: boolean };
  safety: { result: string[]; called: boolean };
  usage: { promptTokens: number; completionTokens: number; totalTokens: number };
}

/** Parses `id:`/`event:`/`data:` blocks (no space after the colon). */
function parseSse(text: string): { id: string; event: string; data: Record<string, unknown> }[] {
  return text
    .split('\n\n')
    .filter((block) => block.trim() !== '')
    .map((block) => {
      const field = (name: string) =>
        block
          .split('\n')
          .find((l) => l.startsWith(`${name}:`))
          ?.slice(name.length + 1) ?? '';
      return {
        id: field('id'),
        event: field('event'),
        data: JSON.parse(field('data')) as Record<string, unknown>,
      };
    });
}

describe('containsKeyword', () => {
  it('matches ASCII keywords as whole words and Korean keywords at word starts', () => {
    expect(containsKeyword('cheap flights', 'flight')).toBe(false);
    expect(containsKeyword('a cheap flight', 'flight')).toBe(true);
    expect(containsKeyword('서울 날씨가 좋다', '날씨')).toBe(true);
    expect(containsKeyword('예비 날짜', '비')).toBe(false);
    expect(containsKeyword('가격 (할인)', '(할인')).toBe(true);
  });
});

describe('router over HTTP', () => {
  let server: AppServer;
  beforeAll(async () => {
    server = await startAppServer({
      routers: {
        k6mdhbkh: {
          versions: 2,
          domains: [
            { name: 'travel', keywords: ['flight', 'hotel'] },
            { name: 'food', keywords: ['recipe', 'dinner'] },
          ],
        },
        badlbls1: { domains: [{ name: 'dup' }, { name: 'dup' }] },
        tinylim1: { maxTokens: 3, domains: [{ name: 'x', keywords: ['x'] }] },
      },
    });
  });
  afterAll(() => server.close());

  it('default router: documented example request → domain, filters, usage', async () => {
    const body = await expectStatus(
      await server.post('/v1/routers/default/versions/1/route', {
        query: '부산 미세먼지 정보 알려줘',
        chatHistory: [{ role: 'user', content: '내일 서울 비 예보 알려줘' }],
      }),
      200,
      '20000',
    );
    const result = body.result as RouteBody;
    expect(result.domain).toEqual({ result: '날씨', called: true });
    expect(result.blockedContent).toEqual({ result: ['UnsupportedRegion'], called: true });
    expect(result.safety).toEqual({ result: [], called: true });
    expect(result.usage.totalTokens).toBe(
      result.usage.promptTokens + result.usage.completionTokens,
    );
  });

  it('configured router: classifies by its domains; unconfigured filters are not called; no match → ""', async () => {
    const hit = await expectStatus(
      await server.post('/v1/routers/k6mdhbkh/versions/2/route', {
        query: 'Find me a cheap flight to Tokyo',
      }),
      200,
      '20000',
    );
    expect((hit.result as RouteBody).domain).toEqual({ result: 'travel', called: true });
    expect((hit.result as RouteBody).blockedContent).toEqual({ result: [], called: false });
    const miss = await expectStatus(
      await server.post('/v1/routers/k6mdhbkh/versions/1/route', {
        query: 'What is quantum spin?',
      }),
      200,
      '20000',
    );
    expect((miss.result as RouteBody).domain.result).toBe('');
  });

  it('errors: unknown router or version → 404/40400; bad version → 40001; bad body → 40001; empty query → 40004', async () => {
    await expectStatus(
      await server.post('/v1/routers/nope1234/versions/1/route', { query: 'x' }),
      404,
      '40400',
    );
    await expectStatus(
      await server.post('/v1/routers/k6mdhbkh/versions/3/route', { query: 'x' }),
      404,
      '40400',
    );
    await expectStatus(
      await server.post('/v1/routers/default/versions/0/route', { query: 'x' }),
      400,
      '40001',
    );
    await expectStatus(
      await server.post('/v1/routers/default/versions/abc/route', { query: 'x' }),
      400,
      '40001',
    );
    await expectStatus(await server.post('/v1/routers/default/versions/1/route', {}), 400, '40001');
    await expectStatus(
      await server.post('/v1/routers/default/versions/1/route', {
        query: 'x',
        chatHistory: [{ role: 'assistant', content: 'y' }],
      }),
      400,
      '40001',
    );
    await expectStatus(
      await server.post('/v1/routers/default/versions/1/route', { query: '' }),
      400,
      '40004',
    );
  });

  it('errors: invalid labels → 400/65001; over the router token limit → 400/65400', async () => {
    const labels = await expectStatus(
      await server.post('/v1/routers/badlbls1/versions/1/route', { query: 'x' }),
      400,
      '65001',
    );
    expect(labels.status.message).toBe('Invalid labels detected');
    await expectStatus(
      await server.post('/v1/routers/tinylim1/versions/1/route', { query: 'one two three four' }),
      400,
      '65400',
    );
  });
});

describe('skillset over HTTP', () => {
  let server: AppServer;
  beforeAll(async () => {
    server = await startAppServer({ skillsets: { tinylim1: { maxTokens: 2, skills: [] } } });
  });
  afterAll(() => server.close());

  const request = {
    query: '내일 서울 날씨 어때?',
    tokenStream: false,
    chatHistory: [
      { role: 'user', content: '오늘 서울 날씨 어때?' },
      { role: 'assistant', content: '맑습니다.' },
    ],
    requestOverride: { baseOperation: { query: { appid: 'appid-1' } } },
  };

  it('final answer: documented example → finalAnswer, tokenCount, useTask, apiResult', async () => {
    const body = await expectStatus(
      await server.post('/v1/skillsets/default/versions/1/final-answer', request),
      200,
      '20000',
    );
    const result = body.result as {
      finalAnswer: string;
      tokenCount: number;
      useTask: boolean;
      apiResult: Record<string, unknown>[];
    };
    expect(result.finalAnswer).toContain('날씨');
    expect(result.tokenCount).toBeGreaterThan(0);
    expect(result.useTask).toBe(false);
    expect(result.apiResult).toHaveLength(1);
    const api = result.apiResult[0] ?? {};
    expect(Object.keys(api).sort()).toEqual(
      ['apiOrder', 'nameForHuman', 'operationId', 'requestBody', 'responseBody', 'url'].sort(),
    );
    expect(api.operationId).toBe('weatherAPI');
    expect(api.apiOrder).toBe(1);
    expect(String(api.url)).toContain('appid=appid-1');
  });

  it('no matching skill: answers without API calls', async () => {
    const body = await expectStatus(
      await server.post('/v1/skillsets/default/versions/1/final-answer', {
        query: 'Tell me a joke',
      }),
      200,
      '20000',
    );
    expect((body.result as { apiResult: unknown[] }).apiResult).toEqual([]);
  });

  it('stream: planning → cot → finalAnswer, wire lines without a space after the colon', async () => {
    const response = await server.post('/v1/skillsets/default/versions/1/final-answer', request, {
      accept: 'text/event-stream',
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('text/event-stream');
    const text = await response.text();
    expect(text).toMatch(/^id:\S/m);
    expect(text).toMatch(/^event:planning$/m);
    expect(text).not.toMatch(/^(id|event|data): /m);
    const events = parseSse(text);
    expect(events.map((e) => e.event)).toEqual(['planning', 'cot', 'finalAnswer']);
    expect(events[0]?.data.selectedSkill).toEqual({ nameForHuman: '날씨 정보' });
    expect(typeof events[0]?.data.tokenCount).toBe('number');
    expect(events[1]?.data.apiResult).toHaveLength(1);
    expect(typeof events[2]?.data.finalAnswer).toBe('string');
  });

  it('stream with tokenStream: token events (text joined = final answer) before finalAnswer', async () => {
    const response = await server.post(
      '/v1/skillsets/default/versions/1/final-answer',
      { ...request, tokenStream: true },
      { accept: 'text/event-stream' },
    );
    const events = parseSse(await response.text());
    const names = events.map((e) => e.event);
    expect(names.slice(0, 2)).toEqual(['planning', 'cot']);
    expect(names.at(-1)).toBe('finalAnswer');
    const tokens = events.filter((e) => e.event === 'token');
    expect(tokens.length).toBeGreaterThan(1);
    expect(tokens.map((t) => t.data.text).join('')).toBe(events.at(-1)?.data.finalAnswer);
    expect(tokens.at(-1)?.data.stopReason).toBe('end_token');
  });

  it('errors: unknown skillset/version → 404/40400; missing query → 61002; bad fields → 40001; token limit → 64400', async () => {
    await expectStatus(
      await server.post('/v1/skillsets/nope/versions/1/final-answer', request),
      404,
      '40400',
    );
    await expectStatus(
      await server.post('/v1/skillsets/default/versions/2/final-answer', request),
      404,
      '40400',
    );
    await expectStatus(
      await server.post('/v1/skillsets/default/versions/x/final-answer', request),
      400,
      '40001',
    );
    const missing = await expectStatus(
      await server.post('/v1/skillsets/default/versions/1/final-answer', { tokenStream: false }),
      400,
      '61002',
    );
    expect(missing.status.message).toBe('Missing input value');
    await expectStatus(
      await server.post('/v1/skillsets/default/versions/1/final-answer', { query: ' ' }),
      400,
      '61002',
    );
    for (const bad of [
      { query: 'x', tokenStream: 'yes' },
      { query: 'x', chatHistory: [{ role: 'system', content: 'y' }] },
      { query: 'x', requestOverride: { operations: [{ header: {} }] } },
    ]) {
      await expectStatus(
        await server.post('/v1/skillsets/default/versions/1/final-answer', bad),
        400,
        '40001',
      );
    }
    await expectStatus(
      await server.post('/v1/skillsets/tinylim1/versions/1/final-answer', {
        query: 'one two three',
      }),
      400,
      '64400',
    );
  });

  it('"latest" version is accepted', async () => {
    await expectStatus(
      await server.post('/v1/skillsets/default/versions/latest/final-answer', request),
      200,
      '20000',
    );
  });
});
