import type { APIPromise } from '@clova-studio/core';
import { routeQuery } from '../router/route-query';
import type { RouterParams } from '../router/router-request';
import type { RouterResponse } from '../router/router-response';
import type { ClovaRequestOptions } from '../validation/request-options';
import { APIResource } from './api-resource';

/** Router: `client.router`. */
export class Router extends APIResource {
  /**
   * Classifies a query with a router (domain, content filters, safety filters). See {@link routeQuery}.
   *
   * @example
   * ```ts
   * const { domain } = await client.router.route('k6mdhbkh', { query: 'Weather tomorrow?', version: 1 });
   * ```
   */
  route(
    routerId: string,
    params: RouterParams,
    options?: ClovaRequestOptions,
  ): APIPromise<RouterResponse> {
    return routeQuery(this.transport, routerId, params, this.options(options));
  }
}
