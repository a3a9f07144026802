import { hash32 } from '../random.ts';
import { formatKstDate } from './kst-date.ts';

/** Why an emulated training failed: the documented `failureReason` and its `message`. */
export interface TuningFailure {
  /** Documented `failureReason`, e.g. `file.extension`. */
  reason: string;
  /** Documented message for that reason. */
  message: string;
}

/** A tuning task as the emulator stores it; its status is derived from the clock. */
export interface TuningTaskRecord {
  id: string;
  name: string;
  model: string;
  taskType: 'GENERATION' | 'CLASSIFICATION';
  tuningType: string;
  trainEpochs: number;
  learningRate: number;
  validationSplitRatio: number;
  loraR: number;
  loraAlpha: number;
  /** Dataset location (`bucket/path`, or the uploaded file name). */
  dataset: string;
  /** Emulator-clock milliseconds of creation. */
  createdAt: number;
  /** How long it waits, then runs (copied from the options at creation). */
  queueMs: number;
  runMs: number;
  /** Set when the task is bound to fail once it starts. */
  failure: TuningFailure | undefined;
}

/** Documented task states. */
export type TuningStatus = 'WAIT' | 'RUNNING' | 'FAILED' | 'SUCCEEDED';

/** The documented `statusInfo` object (every field `null` while `WAIT`). */
export interface TuningStatusInfo {
  label: string[] | null;
  dataRows: number | null;
  numOfTokens: number | null;
  currStep: number | null;
  totalTrainSteps: number | null;
  currEpoch: number | null;
  totalTrainEpochs: number | null;
  estimatedTime: number | null;
  trainLoss: number | null;
  sendWeightSuccess: boolean | null;
  failureReason: string | null;
  message: string | null;
  endDatetime: string | null;
}

/** The task object of the create/get responses (list items add `method` and `taskType`). */
export interface TuningTaskView {
  id: string;
  name: string;
  model: string;
  method: 'LoRA';
  taskType: 'GENERATION' | 'CLASSIFICATION';
  trainEpochs: number;
  learningRate: number;
  status: TuningStatus;
  statusInfo: TuningStatusInfo;
  createdClientType: 'API';
  createdDate: string;
  updatedDate: string;
}

/** The state of `task` at emulator time `now`. */
export function tuningStatusAt(task: TuningTaskRecord, now: number): TuningStatus {
  const start = task.createdAt + task.queueMs;
  if (now < start) return 'WAIT';
  if (task.failure) return 'FAILED';
  return now < start + task.runMs ? 'RUNNING' : 'SUCCEEDED';
}

function emptyInfo(): TuningStatusInfo {
  return {
    label: null,
    dataRows: null,
    numOfTokens: null,
    currStep: null,
    totalTrainSteps: null,
    currEpoch: null,
    totalTrainEpochs: null,
    estimatedTime: null,
    trainLoss: null,
    sendWeightSuccess: null,
    failureReason: null,
    message: null,
    endDatetime: null,
  };
}

function runningInfo(task: TuningTaskRecord, progress: number, done: boolean): TuningStatusInfo {
  const dataRows = 100 + (hash32(task.dataset) % 900);
  const stepsPerEpoch = Math.max(1, Math.ceil(dataRows / 8));
  const totalTrainSteps = stepsPerEpoch * task.trainEpochs;
  const currStep = Math.min(totalTrainSteps, Math.floor(totalTrainSteps * progress));
  return {
    label: task.taskType === 'CLASSIFICATION' ? [] : null,
    dataRows,
    numOfTokens: dataRows * 120,
    currStep,
    totalTrainSteps,
    currEpoch: Math.min(task.trainEpochs, Math.floor(currStep / stepsPerEpoch) + (done ? 0 : 1)),
    totalTrainEpochs: task.trainEpochs,
    estimatedTime: Math.round(task.runMs / 1000),
    trainLoss: Math.round((2.5 * (1 - progress) + 0.3) * 1e4) / 1e4,
    sendWeightSuccess: done,
    failureReason: null,
    message: null,
    endDatetime: null,
  };
}

/** The documented task object of `task` at emulator time `now`. */
export function viewTuningTask(task: TuningTaskRecord, now: number): TuningTaskView {
  const status = tuningStatusAt(task, now);
  const start = task.createdAt + task.queueMs;
  const end = start + task.runMs;
  let statusInfo = emptyInfo();
  let updatedAt = task.createdAt;
  if (status === 'RUNNING') {
    statusInfo = runningInfo(task, task.runMs === 0 ? 1 : (now - start) / task.runMs, false);
    updatedAt = now;
  } else if (status === 'SUCCEEDED') {
    statusInfo = { ...runningInfo(task, 1, true), endDatetime: formatKstDate(end) };
    updatedAt = end;
  } else if (status === 'FAILED') {
    statusInfo = {
      ...emptyInfo(),
      failureReason: task.failure?.reason ?? null,
      message: task.failure?.message ?? null,
      endDatetime: formatKstDate(start),
    };
    updatedAt = start;
  }
  return {
    id: task.id,
    name: task.name,
    model: task.model,
    method: 'LoRA',
    taskType: task.taskType,
    trainEpochs: task.trainEpochs,
    learningRate: task.learningRate,
    status,
    statusInfo,
    createdClientType: 'API',
    createdDate: formatKstDate(task.createdAt),
    updatedDate: formatKstDate(updatedAt),
  };
}
