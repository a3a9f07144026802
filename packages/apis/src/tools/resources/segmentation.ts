import type { APIPromise } from '@clova-studio/core';
import { APIResource } from '../../resources/api-resource';
import type { ClovaRequestOptions } from '../../validation/request-options';
import { createSegmentation } from '../segmentation/create-segmentation';
import type { SegmentationParams } from '../segmentation/segmentation-request';
import type { SegmentationResponse } from '../segmentation/segmentation-response';

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
