import type { APIPromise, Transport } from '@clova-studio/core';
import { validatePathId } from '../shared/path-id';
import { sendRequest } from '../shared/send-request';
import type { ClovaRequestOptions } from '../validation/request-options';

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
  transport: Transport,
  taskId: string,
  options?: ClovaRequestOptions,
): APIPromise<void> {
  return sendRequest(
    transport,
    options,
    () => {
      const id = validatePathId('taskId', taskId, options);
      return { method: 'DELETE', path: `/tuning/v2/tasks/${id}` };
    },
    () => undefined,
  );
}
