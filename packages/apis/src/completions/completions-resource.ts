import { APIResource, type Bound } from '../shared/api-resource.js';
import { createCompletion } from './completions.js';

/** Legacy Completions for LK models (deprecated by NAVER). */
export class Completions extends APIResource {
  /** `POST /v1/completions/{model}` or `/v1/tasks/{taskId}/completions`. */
  readonly create: Bound<typeof createCompletion> = this.bind(createCompletion);
}
