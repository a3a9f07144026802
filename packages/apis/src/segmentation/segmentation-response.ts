import * as z from 'zod/mini';
import { lenientObject } from '../shared/named-schema.ts';

const segmentationResponseObject = lenientObject({
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
export interface SegmentationResponse extends z.output<typeof segmentationResponseObject> {}

/** Schema of {@link SegmentationResponse} (unknown fields pass through at run time). */
export const segmentationResponseSchema: z.ZodMiniType<SegmentationResponse> =
  segmentationResponseObject;
