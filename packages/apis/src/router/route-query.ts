import type { APIPromise, Transport } from '@clova-studio/core';
import { parseResponse } from '../shared/parse-response';
import { validatePathId } from '../shared/path-id';
import { sendRequest } from '../shared/send-request';
import type { ClovaRequestOptions } from '../validation/request-options';
import { validateRequest } from '../validation/validate-request';
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
export function routeQuery(
  transport: Transport,
  routerId: string,
  params: RouterParams,
  options?: ClovaRequestOptions,
): APIPromise<RouterResponse> {
  return sendRequest(
    transport,
    options,
    () => {
      const id = validatePathId('routerId', routerId, options);
      const { version = 1, ...body } = validateRequest(routerParamsSchema, params, options);
      return { method: 'POST', path: `/v1/routers/${id}/versions/${version}/route`, body };
    },
    (data) => parseResponse(routerResponseSchema, data),
  );
}
