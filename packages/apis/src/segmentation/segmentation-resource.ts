import { APIResource, type Bound } from '../shared/api-resource.ts';
import { createSegmentation } from './create-segmentation.ts';

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
  readonly create: Bound<typeof createSegmentation> = this.bind(createSegmentation);
}
