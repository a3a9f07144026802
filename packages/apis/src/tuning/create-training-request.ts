import * as z from 'zod/mini';
import { type NamedInput, object } from '../shared/named-schema.ts';

const createTrainingParamsObject = object({
  /** Task name; defaults to the creation date. */
  name: z.optional(z.string()),
  /** Base model to train, e.g. `HCX-003`. */
  model: z.string().check(z.minLength(1, 'must not be empty')),
  /** Tuning method: `PEFT` (the default and only value). */
  tuningType: z.optional(z.literal('PEFT')),
  /** `GENERATION` (default) or `CLASSIFICATION` (from older revisions of the reference). */
  taskType: z.optional(z.enum(['GENERATION', 'CLASSIFICATION'])),
  /** Number of epochs: 1 to 20, default 8. */
  trainEpochs: z.optional(z.int().check(z.gte(1), z.lte(20))),
  /** Learning rate: 1e-6 to 1, default 1e-4. */
  learningRate: z.optional(z.number().check(z.gte(1e-6), z.lte(1))),
  /** Share of the dataset held out for validation: 0.0 to 0.1, default 0.0. */
  validationSplitRatio: z.optional(z.number().check(z.gte(0), z.lte(0.1))),
  /** LoRA rank: 2 to 64, default 8. */
  loraR: z.optional(z.int().check(z.gte(2), z.lte(64))),
  /** LoRA alpha: 2 to 512, default 64. */
  loraAlpha: z.optional(z.int().check(z.gte(2), z.lte(512))),
  /**
   * Path of the dataset inside the Object Storage bucket (without the bucket name). Required unless the dataset is
   * uploaded as `trainingDataset`.
   */
  trainingDatasetFilePath: z.optional(z.string()),
  /** Object Storage bucket of the dataset (required with `trainingDatasetFilePath`). */
  trainingDatasetBucket: z.optional(z.string()),
  /** Object Storage access key (required with `trainingDatasetFilePath`). */
  trainingDatasetAccessKey: z.optional(z.string()),
  /** Object Storage secret key (required with `trainingDatasetFilePath`). */
  trainingDatasetSecretKey: z.optional(z.string()),
  /**
   * Dataset uploaded directly (`.csv`, `.json` or `.jsonl`), from older revisions of the reference. When set, the
   * request is sent as `multipart/form-data`; otherwise as JSON.
   */
  trainingDataset: z.optional(z.instanceof(Blob)),
}).check(
  z.superRefine((r, ctx) => {
    if (r.trainingDatasetFilePath === undefined) {
      if (r.trainingDataset === undefined) {
        ctx.addIssue({
          code: 'custom',
          path: ['trainingDatasetFilePath'],
          message: 'is required (or upload the dataset as trainingDataset)',
          input: r.trainingDatasetFilePath,
        });
      }
      return;
    }
    for (const key of [
      'trainingDatasetBucket',
      'trainingDatasetAccessKey',
      'trainingDatasetSecretKey',
    ] as const) {
      if (!r[key]) {
        ctx.addIssue({
          code: 'custom',
          path: [key],
          message: 'is required when trainingDatasetFilePath is set',
          input: r[key],
        });
      }
    }
  }),
);

/** Parameters of Create training (`POST /tuning/v2/tasks`). */
export interface CreateTrainingParams extends z.input<typeof createTrainingParamsObject> {}

/** Schema of {@link CreateTrainingParams}. */
export const createTrainingParamsSchema: NamedInput<
  typeof createTrainingParamsObject,
  CreateTrainingParams
> = createTrainingParamsObject;
