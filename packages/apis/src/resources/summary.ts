import type { APIPromise } from '@clova-studio/core';
import { createSummary } from '../summary/create-summary';
import type { SummaryParams } from '../summary/summary-request';
import type { SummaryResponse } from '../summary/summary-response';
import type { ClovaRequestOptions } from '../validation/request-options';
import { APIResource } from './api-resource';

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
  create(params: SummaryParams, options?: ClovaRequestOptions): APIPromise<SummaryResponse> {
    return createSummary(this.transport, params, this.options(options));
  }
}
