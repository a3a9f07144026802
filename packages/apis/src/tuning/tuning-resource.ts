import type { APIPromise } from '@clova-studio/core';
import { APIResource } from '../shared/api-resource';
import type { ClovaRequestOptions } from '../validation/request-options';
import { createTraining } from './create-training';
import type { CreateTrainingParams } from './create-training-request';
import { deleteTraining } from './delete-training';
import { getTraining } from './get-training';
import { type ListAllTrainingsParams, listAllTrainings } from './list-all-trainings';
import { listTrainings } from './list-trainings';
import type { TrainingListParams } from './training-list-request';
import type { TrainingListResponse } from './training-list-response';
import type { TrainingTask } from './training-task';
import { type WaitForTrainingOptions, waitForTraining } from './wait-for-training';

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
  readonly create: (
    params: CreateTrainingParams,
    options?: ClovaRequestOptions,
  ) => APIPromise<TrainingTask> = this.bind(createTraining);

  /**
   * Get training. See {@link getTraining}.
   *
   * @example
   * ```ts
   * const { status } = await client.tuning.get(taskId);
   * ```
   */
  readonly get: (taskId: string, options?: ClovaRequestOptions) => APIPromise<TrainingTask> =
    this.bind(getTraining);

  /**
   * Get training list (one page). See {@link listTrainings}.
   *
   * @example
   * ```ts
   * const { content, totalPages } = await client.tuning.list({ page: 0, size: 20 });
   * ```
   */
  readonly list: (
    params?: TrainingListParams,
    options?: ClovaRequestOptions,
  ) => APIPromise<TrainingListResponse> = this.bind(listTrainings);

  /**
   * Every task across every page, fetched lazily. See {@link listAllTrainings}.
   *
   * @example
   * ```ts
   * for await (const task of client.tuning.listAll()) console.log(task.id);
   * ```
   */
  readonly listAll: (
    params?: ListAllTrainingsParams,
    options?: ClovaRequestOptions,
  ) => AsyncGenerator<TrainingTask, void, undefined> = this.bind(listAllTrainings);

  /**
   * Delete training. See {@link deleteTraining}.
   *
   * @example
   * ```ts
   * await client.tuning.delete(taskId);
   * ```
   */
  readonly delete: (taskId: string, options?: ClovaRequestOptions) => APIPromise<void> =
    this.bind(deleteTraining);

  /**
   * Polls until the task ends: resolves on `SUCCEEDED`, throws `TrainingFailedError` on `FAILED`. See
   * {@link waitForTraining}.
   *
   * @example
   * ```ts
   * const task = await client.tuning.waitForTraining(taskId, { pollInterval: 60_000, signal });
   * ```
   */
  readonly waitForTraining: (
    taskId: string,
    options?: WaitForTrainingOptions,
  ) => Promise<TrainingTask> = this.bind(waitForTraining);
}
