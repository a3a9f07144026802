import * as z from 'zod/mini';
import { lenientIntSchema } from '../shared/lenient-int.ts';
import { lenientObject } from '../shared/named-schema.ts';

/** Status of a training task: `WAIT` (queued), `RUNNING`, `SUCCEEDED` or `FAILED` (stopped). */
export const trainingStatusSchema = z.enum(['WAIT', 'RUNNING', 'SUCCEEDED', 'FAILED']);

/** Status of a training task. */
export type TrainingStatus = z.infer<typeof trainingStatusSchema>;

const nullableInt = z.optional(z.nullable(lenientIntSchema));

const trainingStatusInfoObject = lenientObject({
  /** Class labels (classification tasks); `null` for generation. */
  label: z.optional(z.nullable(z.array(z.unknown()))),
  /** Rows in the dataset. */
  dataRows: nullableInt,
  /** Tokens in the dataset. */
  numOfTokens: nullableInt,
  /** Current training step. */
  currStep: nullableInt,
  /** Total training steps. */
  totalTrainSteps: nullableInt,
  /** Current epoch. */
  currEpoch: nullableInt,
  /** Total epochs. */
  totalTrainEpochs: nullableInt,
  /** Estimated training time (mean epoch time × epochs). */
  estimatedTime: z.optional(z.nullable(z.number())),
  /** Current training loss. */
  trainLoss: z.optional(z.nullable(z.number())),
  /** Whether the trained weights were saved. */
  sendWeightSuccess: z.optional(z.nullable(z.boolean())),
  /**
   * Why the task failed, e.g. `file.extension`, `file.size`, `file.encoding`, `file.format`, `file.error`,
   * `file.noexist`, `File not found`, `resource.timeout`, `clops.error`, `train.unknown`.
   */
  failureReason: z.optional(z.nullable(z.string())),
  /** Human-readable detail of the failure. */
  message: z.optional(z.nullable(z.string())),
  /** When training ended (ISO-8601). */
  endDatetime: z.optional(z.nullable(z.string())),
});

/** Progress details of a training task; every field is `null` while the task waits. */
export interface TrainingStatusInfo extends z.output<typeof trainingStatusInfoObject> {}

/** Schema of {@link TrainingStatusInfo} (unknown fields pass through at run time). */
export const trainingStatusInfoSchema: z.ZodMiniType<TrainingStatusInfo> = trainingStatusInfoObject;

const trainingTaskObject = lenientObject({
  /** Task id (e.g. `czf9fbky`); use it to get, delete or chat with the trained model. */
  id: z.string(),
  /** Task name (defaults to the creation date, e.g. `230821-130704`). */
  name: z.optional(z.nullable(z.string())),
  /** Base model, e.g. `HCX-003`. */
  model: z.optional(z.nullable(z.string())),
  /** Training method, e.g. `LoRA` (list responses). */
  method: z.optional(z.nullable(z.string())),
  /** `GENERATION` or `CLASSIFICATION`. */
  taskType: z.optional(z.nullable(z.string())),
  /** Number of epochs. */
  trainEpochs: z.optional(z.nullable(z.union([z.number(), z.string()]))),
  /** Learning rate. */
  learningRate: z.optional(z.nullable(z.union([z.number(), z.string()]))),
  /** `WAIT`, `RUNNING`, `SUCCEEDED` or `FAILED`. */
  status: trainingStatusSchema,
  /** Progress details (an object despite the reference table saying array). */
  statusInfo: z.optional(z.nullable(trainingStatusInfoSchema)),
  /** Where the task was created: `API` or `WEB`. */
  createdClientType: z.optional(z.nullable(z.string())),
  /** Creation time, ISO-8601 with an offset such as `+0900`. */
  createdDate: z.optional(z.nullable(z.string())),
  /** Last update time, ISO-8601 with an offset such as `+0900`. */
  updatedDate: z.optional(z.nullable(z.string())),
});

/** A training (tuning) task, as create, get and list return it. */
export interface TrainingTask extends z.output<typeof trainingTaskObject> {}

/** Schema of {@link TrainingTask} (unknown fields pass through at run time). */
export const trainingTaskSchema: z.ZodMiniType<TrainingTask> = trainingTaskObject;
