import { defineIdEndpoint } from '../shared/endpoint';
import { routerParamsSchema } from './router-request';
import { routerResponseSchema } from './router-response';

/**
 * Router: classifies a query into the router's domains and runs its content and safety filters
 * (`POST /v1/routers/{routerId}/versions/{version}/route`; `version` defaults to 1).
 *
 * @example
 * ```ts
 * const { domain, safety } = await routeQuery(transport, 'k6mdhbkh', { query: 'Fine dust today?' });
 * ```
 * @throws RequestValidationError naming the field when `routerId`, `version` or `query` is invalid (before sending).
 */
export const routeQuery = defineIdEndpoint('routerId', {
  method: 'POST',
  path: '/v1/routers/{routerId}/versions/{version}/route',
  params: routerParamsSchema,
  response: routerResponseSchema,
  defaults: { version: 1 },
});
