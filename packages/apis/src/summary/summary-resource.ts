import { APIResource, type Bound } from '../shared/api-resource.js';
import { createSummary } from './create-summary.js';

/** Summary (summarization v2): `client.summary`. */
export class Summary extends APIResource {
  /**
   * See {@link createSummary}.
   *
   * @example
   * ```ts
   * const { text } = await client.summary.create({ texts: [article] });
   * ```
   */
  readonly create: Bound<typeof createSummary> = this.bind(createSummary);
}
