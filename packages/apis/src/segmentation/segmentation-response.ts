import * as z from 'zod/mini';

/** `result` of Break paragraph / segmentation (loose: unknown fields pass through). */
export const segmentationResponseSchema = z.looseObject({
  /** The paragraphs; each paragraph is the list of its sentences. */
  topicSeg: z.array(z.array(z.string())),
  /**
   * For each paragraph, the 0-based indices of the sentences it contains (contiguous, ascending). May be empty or
   * absent.
   */
  span: z.optional(z.array(z.array(z.number()))),
  /** Number of tokens in the input. */
  inputTokens: z.number(),
});

/** `result` of Break paragraph / segmentation. */
export type SegmentationResponse = z.infer<typeof segmentationResponseSchema>;
