import type { APIPromise } from '@clova-studio/core';
import { createTraining } from '../tuning/create-training';
import type { CreateTrainingParams } from '../tuning/create-training-request';
import { deleteTraining } from '../tuning/delete-training';
import { getTraining } from '../tuning/get-training';
import { type ListAllTrainingsParams, listAllTrainings } from '../tuning/list-all-trainings';
import { listTrainings } from '../tuning/list-trainings';
import type { TrainingListParams } from '../tuning/training-list-request';
import type { TrainingListResponse } from '../tuning/training-list-response';
import type { TrainingTask } from '../tuning/training-task';
import { type WaitForTrainingOptions, waitForTraining } from '../tuning/wait-for-training';
import type { ClovaRequestOptions } from '../validation/request-options';
import { APIResource } from './api-resource';

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
  create(params: CreateTrainingParams, options?: ClovaRequestOptions): APIPromise<TrainingTask> {
    return createTraining(this.transport, params, this.options(options));
  }

  /**
   * Get training. See {@link getTraining}.
   *
   * @example
   * ```ts
   * const { status } = await client.tuning.get(taskId);
   * ```
   */
  get(taskId: string, options?: ClovaRequestOptions): APIPromise<TrainingTask> {
    return getTraining(this.transport, taskId, this.options(options));
  }

  /**
   * Get training list (one page). See {@link listTrainings}.
   *
   * @example
   * ```ts
   * const { content, totalPages } = await client.tuning.list({ page: 0, size: 20 });
   * ```
   */
  list(
    params: TrainingListParams = {},
    options?: ClovaRequestOptions,
  ): APIPromise<TrainingListResponse> {
    return listTrainings(this.transport, params, this.options(options));
  }

  /**
   * Every task across every page, fetched lazily. See {@link listAllTrainings}.
   *
   * @example
   * ```ts
   * for await (const task of client.tuning.listAll()) console.log(task.id);
   * ```
   */
  listAll(
    params: ListAllTrainingsParams = {},
    options?: ClovaRequestOptions,
  ): AsyncGenerator<TrainingTask, void, undefined> {
    return listAllTrainings(this.transport, params, this.options(options));
  }

  /**
   * Delete training. See {@link deleteTraining}.
   *
   * @example
   * ```ts
   * await client.tuning.delete(taskId);
   * ```
   */
  delete(taskId: string, options?: ClovaRequestOptions): APIPromise<void> {
    return deleteTraining(this.transport, taskId, this.options(options));
  }

  /**
   * Polls until the task ends: resolves on `SUCCEEDED`, throws `TrainingFailedError` on `FAILED`. See
   * {@link waitForTraining}.
   *
   * @example
   * ```ts
   * const task = await client.tuning.waitForTraining(taskId, { pollInterval: 60_000, signal });
   * ```
   */
  waitForTraining(taskId: string, options: WaitForTrainingOptions = {}): Promise<TrainingTask> {
    return waitForTraining(this.transport, taskId, {
      ...options,
      requestOptions: this.options(options.requestOptions),
    });
  }
}
