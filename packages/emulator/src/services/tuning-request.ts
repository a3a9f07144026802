import { z } from 'zod';
import { fail, invalidParameter } from '../http/fail.ts';
import type { NewTuningTask } from './tuning-store.ts';

/** Base models the emulator lets you tune ([UNCONFIRMED] list; see docs/services.md). */
export const TUNABLE_MODELS = ['HCX-003', 'HCX-DASH-001', 'HCX-005', 'HCX-DASH-002'];
/** Models that exist but cannot be tuned (→ 400/40084). */
const UNTUNABLE_MODELS = ['HCX-007'];

/** A number, also from a numeric string (multipart fields and the doc's `"1e-5"` forms). */
const numeric = z.preprocess((value) => {
  if (typeof value !== 'string') return value;
  const trimmed = value.trim().replace(/[fFdD]$/, '');
  return trimmed === '' ? value : Number(trimmed);
}, z.number().finite());

/** `POST /tuning/v2/tasks` fields (JSON or multipart, numbers may be strings). */
export const tuningCreateSchema = z.object({
  name: z.string().optional(),
  model: z.string().min(1),
  tuningType: z.string().optional(),
  taskType: z.enum(['GENERATION', 'CLASSIFICATION']).default('GENERATION'),
  trainEpochs: numeric.pipe(z.number().int().min(1).max(20)).default(8),
  learningRate: numeric.pipe(z.number().min(1e-6).max(1)).default(1e-4),
  validationSplitRatio: numeric.pipe(z.number().min(0).max(0.1)).default(0),
  loraR: numeric.pipe(z.number().int().min(2).max(64)).default(8),
  loraAlpha: numeric.pipe(z.number().int().min(2).max(512)).default(64),
  trainingDatasetFilePath: z.string().min(1).optional(),
  trainingDatasetBucket: z.string().min(1).optional(),
  trainingDatasetAccessKey: z.string().min(1).optional(),
  trainingDatasetSecretKey: z.string().min(1).optional(),
  /** Name of an uploaded dataset file part (multipart only; set by the route). */
  trainingDataset: z.string().min(1).optional(),
});

/** Validated create fields. */
export type TuningCreateRequest = z.output<typeof tuningCreateSchema>;

/**
 * Checks the cross-field rules of a create request and turns it into a new task:
 * unknown model → 400/40080, untunable model → 400/40084, `tuningType` other than `PEFT` →
 * 400/40009, a dataset path without bucket/keys (or no dataset at all) → 400/40001.
 */
export function toNewTuningTask(request: TuningCreateRequest): NewTuningTask {
  if (UNTUNABLE_MODELS.includes(request.model)) throw fail('40084');
  if (!TUNABLE_MODELS.includes(request.model)) throw fail('40080');
  if (request.tuningType !== undefined && request.tuningType !== 'PEFT') {
    throw fail('40009');
  }
  let dataset: string;
  if (request.trainingDatasetFilePath !== undefined) {
    const { trainingDatasetBucket, trainingDatasetAccessKey, trainingDatasetSecretKey } = request;
    const missing = Object.entries({
      trainingDatasetBucket,
      trainingDatasetAccessKey,
      trainingDatasetSecretKey,
    }).filter(([, value]) => !value);
    if (missing.length > 0) throw invalidParameter(...missing.map(([key]) => key));
    dataset = `${trainingDatasetBucket}/${request.trainingDatasetFilePath.replace(/^\/+/, '')}`;
  } else if (request.trainingDataset !== undefined) {
    dataset = request.trainingDataset;
  } else {
    throw invalidParameter('trainingDatasetFilePath');
  }
  return {
    name: request.name === '' ? undefined : request.name,
    model: request.model,
    taskType: request.taskType,
    tuningType: 'PEFT',
    trainEpochs: request.trainEpochs,
    learningRate: request.learningRate,
    validationSplitRatio: request.validationSplitRatio,
    loraR: request.loraR,
    loraAlpha: request.loraAlpha,
    dataset,
  };
}
