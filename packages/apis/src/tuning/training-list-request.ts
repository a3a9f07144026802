import * as z from 'zod/mini';

/** Parameters of Get training list (`GET /tuning/v2/tasks?page=&size=`). */
export const trainingListParamsSchema = z.object({
  /** 0-based page index, default 0. */
  page: z.optional(z.int().check(z.gte(0))),
  /** Tasks per page: 1 to 100, default 20. */
  size: z.optional(z.int().check(z.gte(1), z.lte(100))),
});

/** Parameters of Get training list. */
export type TrainingListParams = z.input<typeof trainingListParamsSchema>;
