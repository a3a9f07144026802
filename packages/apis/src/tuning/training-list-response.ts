import * as z from 'zod/mini';
import { lenientIntSchema } from '../shared/lenient-int.ts';
import { lenientObject } from '../shared/named-schema.ts';
import { trainingTaskSchema } from './training-task.ts';

const trainingListResponseObject = lenientObject({
  /** Number of pages. */
  totalPages: lenientIntSchema,
  /** Number of tasks across all pages. */
  totalElements: lenientIntSchema,
  /** Page size. */
  size: lenientIntSchema,
  /** 0-based index of this page. */
  number: lenientIntSchema,
  /** The tasks of this page. */
  content: z.array(trainingTaskSchema),
});

/** `result` of Get training list: one page of tasks (loose; numeric strings such as `"7,"` are tolerated). */
export interface TrainingListResponse extends z.output<typeof trainingListResponseObject> {}

/** Schema of {@link TrainingListResponse} (unknown fields pass through at run time). */
export const trainingListResponseSchema: z.ZodMiniType<TrainingListResponse> =
  trainingListResponseObject;
