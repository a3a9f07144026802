import * as z from 'zod/mini';
import { type NamedInput, object } from '../shared/named-schema.ts';

const trainingListParamsObject = object({
  /** 0-based page index, default 0. */
  page: z.optional(z.int().check(z.gte(0))),
  /** Tasks per page: 1 to 100, default 20. */
  size: z.optional(z.int().check(z.gte(1), z.lte(100))),
});

/** Parameters of Get training list (`GET /tuning/v2/tasks?page=&size=`). */
export interface TrainingListParams extends z.input<typeof trainingListParamsObject> {}

/** Schema of {@link TrainingListParams}. */
export const trainingListParamsSchema: NamedInput<
  typeof trainingListParamsObject,
  TrainingListParams
> = trainingListParamsObject;
