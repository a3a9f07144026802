import { APIResource, type Bound } from '../shared/api-resource.ts';
import { routeQuery } from './route-query.ts';

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
  readonly route: Bound<typeof routeQuery> = this.bind(routeQuery);
}
