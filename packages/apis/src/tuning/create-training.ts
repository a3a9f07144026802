import { defineEndpoint } from '../shared/endpoint.ts';
import { createTrainingParamsSchema } from './create-training-request.ts';
import { trainingTaskSchema } from './training-task.ts';

/** Builds the `multipart/form-data` body used when a dataset file is uploaded directly. */
function toFormData(params: Record<string, unknown>): FormData {
  const form = new FormData();
  for (const [key, value] of Object.entries(params)) {
    if (value === undefined) continue;
    if (value instanceof Blob) form.append(key, value, value instanceof File ? value.name : key);
    else form.append(key, String(value));
  }
  return form;
}

/**
 * Create training: starts a tuning task (`POST /tuning/v2/tasks`); the task starts as `WAIT`.
 * The body is JSON (what the service is known to accept) unless `trainingDataset` uploads a file, in which case it
 * is `multipart/form-data` (numbers sent as strings).
 *
 * @example
 * ```ts
 * const task = await createTraining(transport, {
 *   model: 'HCX-003', trainEpochs: 8, trainingDatasetFilePath: 'data/train.jsonl',
 *   trainingDatasetBucket: 'my-bucket', trainingDatasetAccessKey: ak, trainingDatasetSecretKey: sk,
 * });
 * ```
 * @throws RequestValidationError naming the field when a documented range is broken (before sending).
 */
export const createTraining = defineEndpoint(
  'POST /tuning/v2/tasks',
  createTrainingParamsSchema,
  trainingTaskSchema,
  { body: (params) => (params.trainingDataset === undefined ? params : toFormData(params)) },
);
