import { ClovaStudioError } from '@clova-studio/core';
import type { TrainingTask } from './training-task.ts';

/** A tuning task ended `FAILED` while {@link waitForTraining} waited for it. */
export class TrainingFailedError extends ClovaStudioError {
  override name = 'TrainingFailedError';
  /** The failed task (see `statusInfo.failureReason` and `statusInfo.message`). */
  readonly task: TrainingTask;
  /** The task's `statusInfo.failureReason`, e.g. `resource.timeout`, when reported. */
  readonly failureReason: string | undefined;

  /** @param task - the task as last fetched, with status `FAILED`. */
  constructor(task: TrainingTask) {
    const reason = task.statusInfo?.failureReason ?? undefined;
    const detail = task.statusInfo?.message ?? undefined;
    super(
      `Training task ${task.id} failed${reason ? `: ${reason}` : ''}${detail ? ` (${detail})` : ''}`,
    );
    this.task = task;
    this.failureReason = reason;
  }

  override toJSON(): Record<string, unknown> {
    return { ...super.toJSON(), taskId: this.task.id, failureReason: this.failureReason };
  }
}
