import * as z from 'zod/mini';
import { type NamedInput, object } from '../shared/named-schema.ts';

const segmentationParamsObject = object({
  /** Document to split into paragraphs: 1 to 120,000 characters (Korean basis, spaces included). */
  text: z
    .string()
    .check(
      z.minLength(1, 'must not be empty'),
      z.maxLength(120_000, 'must be at most 120,000 characters'),
    ),
  /**
   * Split threshold: −1.5 to 1.5 (larger gives more paragraphs), or `-100` to let the model choose.
   * Default `0.0`.
   */
  alpha: z.optional(
    z
      .number()
      .check(
        z.refine(
          (n) => n === -100 || (n >= -1.5 && n <= 1.5),
          'must be -100 (automatic) or between -1.5 and 1.5',
        ),
      ),
  ),
  /** Desired number of paragraphs: `-1` (default) lets the service decide, otherwise at least 1. */
  segCnt: z.optional(
    z.int().check(z.refine((n) => n === -1 || n >= 1, 'must be -1 (automatic) or at least 1')),
  ),
  /** Whether to merge/split paragraphs to a target length after segmentation (default `false`). */
  postProcess: z.optional(z.boolean()),
  /** Maximum characters per paragraph after post-processing: at least 1, default 1,000. */
  postProcessMaxSize: z.optional(z.int().check(z.gte(1))),
  /**
   * Minimum characters per paragraph after post-processing: 0 to `postProcessMaxSize`, or `-1` for the
   * smallest unit chosen automatically. Default 300.
   */
  postProcessMinSize: z.optional(
    z.int().check(z.refine((n) => n >= -1, 'must be -1 (automatic) or at least 0')),
  ),
}).check(
  z.refine(
    (r) =>
      r.postProcessMinSize === undefined ||
      r.postProcessMaxSize === undefined ||
      r.postProcessMinSize <= r.postProcessMaxSize,
    { path: ['postProcessMinSize'], message: 'must not exceed postProcessMaxSize' },
  ),
);

/** Parameters of Break paragraph / segmentation (`POST /v1/api-tools/segmentation`). */
export interface SegmentationParams extends z.input<typeof segmentationParamsObject> {}

/** Schema of {@link SegmentationParams}. */
export const segmentationParamsSchema: NamedInput<
  typeof segmentationParamsObject,
  SegmentationParams
> = segmentationParamsObject;
