import { defineIdEndpoint } from '../shared/endpoint.ts';
import { routerParamsSchema } from './router-request.ts';
import { routerResponseSchema } from './router-response.ts';

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
export const routeQuery = defineIdEndpoint(
  'routerId',
  'POST /v1/routers/{routerId}/versions/{version}/route',
  routerParamsSchema,
  routerResponseSchema,
  { defaults: { version: 1 } },
);
