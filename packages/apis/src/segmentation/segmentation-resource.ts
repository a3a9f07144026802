import type { APIPromise } from '@clova-studio/core';
import { APIResource } from '../shared/api-resource';
import type { ClovaRequestOptions } from '../validation/request-options';
import { createSegmentation } from './create-segmentation';
import type { SegmentationParams } from './segmentation-request';
import type { SegmentationResponse } from './segmentation-response';

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
  readonly create: (
    params: SegmentationParams,
    options?: ClovaRequestOptions,
  ) => APIPromise<SegmentationResponse> = this.bind(createSegmentation);
}
