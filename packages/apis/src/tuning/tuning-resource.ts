import { APIResource, type Bound } from '../shared/api-resource.ts';
import { createTraining } from './create-training.ts';
import { deleteTraining } from './delete-training.ts';
import { getTraining } from './get-training.ts';
import { listAllTrainings } from './list-all-trainings.ts';
import { listTrainings } from './list-trainings.ts';
import { waitForTraining } from './wait-for-training.ts';

/** Tuning (training tasks): `client.tuning`. */
export class Tuning extends APIResource {
  /**
   * Create training. See {@link createTraining}.
   *
   * @example
   * ```ts
   * const task = await client.tuning.create({ model: 'HCX-003', trainingDatasetFilePath: 'train.jsonl', … });
   * ```
   */
  readonly create: Bound<typeof createTraining> = this.bind(createTraining);

  /**
   * Get training. See {@link getTraining}.
   *
   * @example
   * ```ts
   * const { status } = await client.tuning.get(taskId);
   * ```
   */
  readonly get: Bound<typeof getTraining> = this.bind(getTraining);

  /**
   * Get training list (one page). See {@link listTrainings}.
   *
   * @example
   * ```ts
   * const { content, totalPages } = await client.tuning.list({ page: 0, size: 20 });
   * ```
   */
  readonly list: Bound<typeof listTrainings> = this.bind(listTrainings);

  /**
   * Every task across every page, fetched lazily. See {@link listAllTrainings}.
   *
   * @example
   * ```ts
   * for await (const task of client.tuning.listAll()) console.log(task.id);
   * ```
   */
  readonly listAll: Bound<typeof listAllTrainings> = this.bind(listAllTrainings);

  /**
   * Delete training. See {@link deleteTraining}.
   *
   * @example
   * ```ts
   * await client.tuning.delete(taskId);
   * ```
   */
  readonly delete: Bound<typeof deleteTraining> = this.bind(deleteTraining);

  /**
   * Polls until the task ends: resolves on `SUCCEEDED`, throws `TrainingFailedError` on `FAILED`. See
   * {@link waitForTraining}.
   *
   * @example
   * ```ts
   * const task = await client.tuning.waitForTraining(taskId, { pollInterval: 60_000, signal });
   * ```
   */
  readonly waitForTraining: Bound<typeof waitForTraining> = this.bind(waitForTraining);
}
