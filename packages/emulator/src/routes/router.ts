import { z } from 'zod';
import type { RegisterRoutes } from '../context.ts';
import { fail, invalidParameter } from '../http/fail.ts';
import { ok } from '../http/respond.ts';
import { classifyRoute, hasInvalidLabels } from '../services/router-classifier.ts';
import { queryTokens } from '../text/keyword-match.ts';
import { parseBody } from '../validate.ts';

const routerBody = z.object({
  query: z.string(),
  chatHistory: z.array(z.object({ role: z.literal('user'), content: z.string() })).default([]),
});

/** Parses a `{version}` path segment: an integer ≥ 1, else `undefined`. */
export function parseVersion(segment: string): number | undefined {
  if (!/^[0-9]+$/.test(segment)) return undefined;
  const version = Number(segment);
  return version >= 1 ? version : undefined;
}

/** `POST /v1/routers/{routerId}/versions/{version}/route`: domain and filter classification. */
export const registerRouterRoutes: RegisterRoutes = (app, ctx) => {
  app.post('/v1/routers/:routerId/versions/:version/route', (c) => {
    const router = Object.hasOwn(ctx.routers, c.req.param('routerId'))
      ? ctx.routers[c.req.param('routerId')]
      : undefined;
    const version = parseVersion(c.req.param('version'));
    if (version === undefined) throw invalidParameter('version');
    if (!router || version > router.versions) throw fail('40400');
    const body = parseBody(routerBody, c.get('body'));
    if (body.query.trim() === '') throw fail('40004');
    if (hasInvalidLabels(router)) throw fail('65001');
    const history = body.chatHistory.map((turn) => turn.content);
    if (queryTokens(body.query, history) > router.maxTokens) throw fail('65400');
    const result = classifyRoute(router, body.query, history);
    return ok(c, result, result.usage.totalTokens);
  });
};
