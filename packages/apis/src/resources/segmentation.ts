import type { APIPromise } from '@clova-studio/core';
import { createSegmentation } from '../segmentation/create-segmentation';
import type { SegmentationParams } from '../segmentation/segmentation-request';
import type { SegmentationResponse } from '../segmentation/segmentation-response';
import type { ClovaRequestOptions } from '../validation/request-options';
import { APIResource } from './api-resource';

/** Break paragraph (segmentation): `client.segmentation`. */
export class Segmentation extends APIResource {
  /**
   * See {@link createSegmentation}.
   *
   * @example
   * ```ts
   * const { topicSeg } = await client.segmentation.create({ text: document });
   * ```
   */
  create(
    params: SegmentationParams,
    options?: ClovaRequestOptions,
  ): APIPromise<SegmentationResponse> {
    return createSegmentation(this.transport, params, this.options(options));
  }
}
