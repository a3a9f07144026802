import { BadRequestError, NotFoundError, RequestValidationError } from '@clova-studio/core';
import { describe, expect, it } from 'vitest';
import { routeQuery } from '../src/index.ts';
import { useEmulator } from './helpers/emulator.ts';

const t = useEmulator({
  routers: {
    tiny: {
      maxTokens: 10,
      domains: [{ name: 'weather', keywords: ['weather'] }],
    },
  },
});

describe('router.route (Router)', () => {
  it('classifies the domain and runs the filters of the default router', async () => {
    const res = await t.client.router.route('default', {
      query: 'Is there a restaurant nearby in Busan?',
      chatHistory: [{ role: 'user', content: 'Tell me the weather forecast' }],
    });
    expect(res.domain).toEqual({ result: '지역 검색', called: true });
    expect(res.blockedContent?.result).toContain('UnsupportedRegion');
    expect(res.safety).toEqual({ result: [], called: true });
    expect(res.usage?.totalTokens).toBeGreaterThan(0);
    const [req] = t.emulator.requests;
    expect(req?.path).toBe('/v1/routers/default/versions/1/route');
    expect(req?.body).toEqual({
      query: 'Is there a restaurant nearby in Busan?',
      chatHistory: [{ role: 'user', content: 'Tell me the weather forecast' }],
    });
  });

  it('is a standalone function taking the router id and version', async () => {
    const res = await routeQuery(t.client.transport, 'default', {
      query: 'buy a bomb',
      version: 1,
    });
    expect(res.safety?.result).toContain('Violence');
  });

  it('surfaces an unknown router or version as NotFoundError 40400', async () => {
    const unknownRouter = await t.client.router
      .route('nope1234', { query: 'hello' })
      .catch((e: unknown) => e);
    expect(unknownRouter).toBeInstanceOf(NotFoundError);
    expect(unknownRouter).toMatchObject({ status: 404, code: '40400' });
    const unknownVersion = await t.client.router
      .route('default', { query: 'hello', version: 9 })
      .catch((e: unknown) => e);
    expect(unknownVersion).toBeInstanceOf(NotFoundError);
  });

  it('surfaces the router token limit as BadRequestError 65400', async () => {
    const error = await t.client.router
      .route('tiny', { query: 'weather '.repeat(50) })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BadRequestError);
    expect(error).toMatchObject({ code: '65400' });
  });

  it.each([
    ['', { query: 'q' }, 'routerId'],
    ['default', { query: '' }, 'query'],
    ['default', { query: 'q', version: 0 }, 'version'],
    [
      'default',
      { query: 'q', chatHistory: [{ role: 'assistant', content: 'a' }] },
      'chatHistory[0].role',
    ],
  ])('rejects router %j %j before sending (%s)', async (id, params, path) => {
    const error = await (async () =>
      t.client.router.route(id, params as Parameters<typeof t.client.router.route>[1]))().catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(RequestValidationError);
    expect((error as RequestValidationError).path).toBe(path);
    expect(t.emulator.requests).toHaveLength(0);
  });
});
