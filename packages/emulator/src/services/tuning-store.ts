import type { EmulatorClock } from '../context.ts';
import { hash32 } from '../random.ts';
import { formatKstTaskName } from './kst-date.ts';
import type { TuningFailure, TuningTaskRecord, TuningTaskView } from './tuning-task.ts';
import { viewTuningTask } from './tuning-task.ts';

/** The tuning tasks of one running emulator, on its clock. */
export interface TuningState {
  /** Tuning tasks by id, in creation order. */
  tuningTasks: Map<string, TuningTaskRecord>;
  /** Counter mixed into new task ids. */
  taskSeq: number;
  /** The emulator clock: task status is derived from it. */
  clock: EmulatorClock;
}

/** A fresh, empty tuning state on `clock`. */
export function createTuningState(clock: EmulatorClock): TuningState {
  return { tuningTasks: new Map(), taskSeq: 0, clock };
}

/** Deletes every tuning task (the clock stays). */
export function resetTuningState(state: TuningState): void {
  state.tuningTasks.clear();
  state.taskSeq = 0;
}

/** Every tuning task as the API shows it at emulator time `now`, newest first (the list order). */
export function listTuningTasks(state: TuningState, now = state.clock.now()): TuningTaskView[] {
  return [...state.tuningTasks.values()].reverse().map((task) => viewTuningTask(task, now));
}

/** Dataset file extensions the tuning API accepts. */
const DATASET_EXTENSIONS = ['.csv', '.json', '.jsonl'];

/** What a new task is made of (validated create fields, defaults filled in; no name → a dated one). */
export type NewTuningTask = Omit<
  TuningTaskRecord,
  'id' | 'name' | 'createdAt' | 'queueMs' | 'runMs' | 'failure'
> & { name: string | undefined };

/**
 * The failure a dataset path leads to, if any: a file extension other than .csv/.json/.jsonl
 * → `file.extension`; a path whose file name starts with `missing` → `file.noexist`.
 */
export function datasetFailure(dataset: string): TuningFailure | undefined {
  const lower = dataset.toLowerCase();
  if (!DATASET_EXTENSIONS.some((ext) => lower.endsWith(ext))) {
    return {
      reason: 'file.extension',
      message: 'Unavailable file extension. Please check the file extension again.',
    };
  }
  const file = lower.split('/').pop() ?? '';
  if (file.startsWith('missing')) return { reason: 'file.noexist', message: 'File not found' };
  return undefined;
}

function newTaskId(state: TuningState, now: number): string {
  for (;;) {
    state.taskSeq += 1;
    const a = hash32('task', state.taskSeq, now).toString(36);
    const b = hash32('task', now, state.taskSeq).toString(36);
    const id = `${a}${b}`
      .replace(/^[0-9]+/, '')
      .padEnd(8, 'x')
      .slice(0, 8);
    if (!state.tuningTasks.has(id)) return id;
  }
}

/** Creates a task in `WAIT` at emulator time `now`, with the given queue/run durations. */
export function createTuningTask(
  state: TuningState,
  input: NewTuningTask,
  timing: { queueMs: number; runMs: number },
  now = state.clock.now(),
): TuningTaskView {
  const record: TuningTaskRecord = {
    ...input,
    id: newTaskId(state, now),
    name: input.name ?? formatKstTaskName(now),
    createdAt: now,
    queueMs: timing.queueMs,
    runMs: timing.runMs,
    failure: datasetFailure(input.dataset),
  };
  state.tuningTasks.set(record.id, record);
  return viewTuningTask(record, now);
}

/** The task `taskId` as the API shows it at `now`, or `undefined` if there is none. */
export function getTuningTask(
  state: TuningState,
  taskId: string,
  now = state.clock.now(),
): TuningTaskView | undefined {
  const task = state.tuningTasks.get(taskId);
  return task ? viewTuningTask(task, now) : undefined;
}

/** Deletes the task `taskId`; `false` if there was none. */
export function deleteTuningTask(state: TuningState, taskId: string): boolean {
  return state.tuningTasks.delete(taskId);
}

/**
 * The task `taskId` if it exists and has `SUCCEEDED` at `now` (so it can be used on
 * `/v3/tasks/{taskId}/chat-completions` and `/v1/tasks/{taskId}/chat-completions`), else `undefined`.
 * `model` is the base model the task was trained from.
 */
export function findSucceededTask(
  state: TuningState,
  taskId: string,
  now = state.clock.now(),
): TuningTaskView | undefined {
  const task = getTuningTask(state, taskId, now);
  return task?.status === 'SUCCEEDED' ? task : undefined;
}
