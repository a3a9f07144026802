import { APIResource, type Bound } from '../shared/api-resource.ts';
import { createSummary } from './create-summary.ts';

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
