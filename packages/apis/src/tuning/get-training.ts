import type { APIPromise, Transport } from '@clova-studio/core';
import { parseResponse } from '../shared/parse-response';
import { validatePathId } from '../shared/path-id';
import { sendRequest } from '../shared/send-request';
import type { ClovaRequestOptions } from '../validation/request-options';
import { type TrainingTask, trainingTaskSchema } from './training-task';

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
  transport: Transport,
  taskId: string,
  options?: ClovaRequestOptions,
): APIPromise<TrainingTask> {
  return sendRequest(
    transport,
    options,
    () => {
      const id = validatePathId('taskId', taskId, options);
      return { method: 'GET', path: `/tuning/v2/tasks/${id}` };
    },
    (data) => parseResponse(trainingTaskSchema, data),
  );
}
