import { APIResource, type Bound } from '../shared/api-resource.ts';
import { createCompletion } from './completions.ts';

/** Legacy Completions for LK models (deprecated by NAVER). */
export class Completions extends APIResource {
  /** `POST /v1/completions/{model}` or `/v1/tasks/{taskId}/completions`. */
  readonly create: Bound<typeof createCompletion> = this.bind(createCompletion);
}
