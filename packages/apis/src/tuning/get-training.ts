import type { APIPromise } from '@clova-studio/core';
import { type EndpointTarget, sendRequest } from '../shared/endpoint.ts';
import { parseResponse } from '../shared/parse-response.ts';
import { validatePathId } from '../shared/path-id.ts';
import type { ClovaRequestOptions } from '../validation/request-options.ts';
import { type TrainingTask, trainingTaskSchema } from './training-task.ts';

/** The path of one tuning task, its id checked: `/tuning/v2/tasks/{taskId}`. */
export const trainingPath = (taskId: string, options: ClovaRequestOptions | undefined): string =>
  `/tuning/v2/tasks/${encodeURIComponent(validatePathId('taskId', taskId, options))}`;

/**
 * Get training: a tuning task with its status and progress (`GET /tuning/v2/tasks/{taskId}`).
 *
 * @example
 * ```ts
 * const { status, statusInfo } = await getTraining(transport, 'czf9fbky');
 * ```
 * @throws NotFoundError (`40400`) for an unknown task id.
 */
export function getTraining(
  target: EndpointTarget,
  taskId: string,
  options?: ClovaRequestOptions,
): APIPromise<TrainingTask> {
  const parse = (data: unknown) => parseResponse(trainingTaskSchema, data);
  return sendRequest(
    target,
    options,
    (o) => ({ method: 'GET', path: trainingPath(taskId, o) }),
    parse,
  );
}
