import type { APIPromise } from '@clova-studio/core';
import { APIResource } from '../shared/api-resource';
import type { ClovaRequestOptions } from '../validation/request-options';
import { createSummary } from './create-summary';
import type { SummaryParams } from './summary-request';
import type { SummaryResponse } from './summary-response';

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
  readonly create: (
    params: SummaryParams,
    options?: ClovaRequestOptions,
  ) => APIPromise<SummaryResponse> = this.bind(createSummary);
}
