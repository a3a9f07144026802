import { type Clock, systemClock, throwIfAborted } from '../shared/clock.ts';
import type { EndpointTarget } from '../shared/endpoint.ts';
import type { ClovaRequestOptions } from '../validation/request-options.ts';
import { getTraining } from './get-training.ts';
import { TrainingFailedError } from './training-failed-error.ts';
import type { TrainingTask } from './training-task.ts';

/** Options of {@link waitForTraining}. */
export interface WaitForTrainingOptions {
  /** Milliseconds between two polls, default 30,000. */
  pollInterval?: number;
  /** Stops waiting (rejects with `APIUserAbortError`); also aborts the poll in flight. */
  signal?: AbortSignal;
  /** Called with the task after every poll (status, `statusInfo.currEpoch`, `trainLoss`, …). */
  onProgress?: (task: TrainingTask) => void;
  /** Per-request options of every poll (timeout, headers, retries, …). */
  requestOptions?: ClovaRequestOptions;
  /** Time source used to wait between polls (default the real clock; inject a fake one in tests). */
  clock?: Clock;
}

/**
 * Polls Get training until the task ends: resolves with the task on `SUCCEEDED`.
 *
 * @example
 * ```ts
 * const task = await waitForTraining(transport, id, { pollInterval: 60_000, onProgress: (t) => console.log(t.status) });
 * ```
 * @throws TrainingFailedError (with the task) when it ends `FAILED`.
 * @throws APIUserAbortError when `signal` aborts.
 */
export async function waitForTraining(
  target: EndpointTarget,
  taskId: string,
  options: WaitForTrainingOptions = {},
): Promise<TrainingTask> {
  const { pollInterval = 30_000, signal, onProgress, clock = systemClock } = options;
  const requestOptions: ClovaRequestOptions = { ...options.requestOptions };
  if (signal) requestOptions.signal = signal;
  for (;;) {
    throwIfAborted(signal);
    const task = await getTraining(target, taskId, requestOptions);
    onProgress?.(task);
    if (task.status === 'SUCCEEDED') return task;
    if (task.status === 'FAILED') throw new TrainingFailedError(task);
    await clock.sleep(pollInterval, signal);
  }
}
