import { defineIdEndpoint, type IdEndpoint } from '../shared/endpoint';
import { type RouterParams, routerParamsSchema } from './router-request';
import { type RouterResponse, routerResponseSchema } from './router-response';

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
export const routeQuery: IdEndpoint<RouterParams, RouterResponse> = defineIdEndpoint(
  'routerId',
  'POST /v1/routers/{routerId}/versions/{version}/route',
  routerParamsSchema,
  routerResponseSchema,
  { defaults: { version: 1 } },
);
