import type { APIPromise } from '@clova-studio/core';
import { APIResource } from '../shared/api-resource';
import type { ClovaRequestOptions } from '../validation/request-options';
import { routeQuery } from './route-query';
import type { RouterParams } from './router-request';
import type { RouterResponse } from './router-response';

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
  readonly route: (
    routerId: string,
    params: RouterParams,
    options?: ClovaRequestOptions,
  ) => APIPromise<RouterResponse> = this.bind(routeQuery);
}
