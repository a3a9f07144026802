import type { APIPromise } from '@clova-studio/core';
import { type EndpointTarget, sendRequest } from '../shared/endpoint.ts';
import type { ClovaRequestOptions } from '../validation/request-options.ts';
import { trainingPath } from './get-training.ts';

/**
 * Delete training: deletes a tuning task (`DELETE /tuning/v2/tasks/{taskId}`; the response has no result).
 *
 * @example
 * ```ts
 * await deleteTraining(transport, 'czf9fbky');
 * ```
 * @throws NotFoundError (`40400`) for an unknown task id.
 */
export function deleteTraining(
  target: EndpointTarget,
  taskId: string,
  options?: ClovaRequestOptions,
): APIPromise<void> {
  const request = (o: ClovaRequestOptions | undefined) => ({
    method: 'DELETE' as const,
    path: trainingPath(taskId, o),
  });
  return sendRequest(target, options, request, () => undefined);
}
