import type { EndpointTarget } from '../shared/endpoint.ts';
import type { ClovaRequestOptions } from '../validation/request-options.ts';
import { listTrainings } from './list-trainings.ts';
import type { TrainingTask } from './training-task.ts';

/** Options of {@link listAllTrainings}. */
export interface ListAllTrainingsParams {
  /** Tasks fetched per request: 1 to 100, default 100 (fewer round trips). */
  size?: number;
  /** First page to fetch (0-based), default 0. */
  startPage?: number;
}

/**
 * Every tuning task across every page of Get training list, fetched lazily page by page.
 *
 * @example
 * ```ts
 * for await (const task of listAllTrainings(transport)) console.log(task.id, task.status);
 * ```
 */
export async function* listAllTrainings(
  target: EndpointTarget,
  params: ListAllTrainingsParams = {},
  options?: ClovaRequestOptions,
): AsyncGenerator<TrainingTask, void, undefined> {
  const size = params.size ?? 100;
  for (let page = params.startPage ?? 0; ; page++) {
    const result = await listTrainings(target, { page, size }, options);
    yield* result.content;
    if (result.content.length === 0 || page + 1 >= result.totalPages) return;
  }
}
