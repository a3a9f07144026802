import { z } from 'zod';
import type { RegisterRoutes } from '../context.ts';
import { fail } from '../http/fail.ts';
import { ok } from '../http/respond.ts';
import { segmentText } from '../services/segment.ts';
import { countTokens } from '../text/tokenizer.ts';
import { parseBody } from '../validate.ts';

/** Character limit of `text` (Korean basis, spaces included). */
export const SEGMENTATION_CHAR_LIMIT = 120_000;

const segmentationBody = z
  .object({
    /** Documented as Array but sent as a string everywhere: accept both (arrays joined by `\n`). */
    text: z.union([z.string(), z.array(z.string()).transform((a) => a.join('\n'))]),
    alpha: z
      .number()
      .refine((a) => a === -100 || (a >= -1.5 && a <= 1.5))
      .default(0),
    segCnt: z
      .number()
      .int()
      .refine((n) => n === -1 || n >= 1)
      .default(-1),
    postProcess: z.boolean().default(false),
    postProcessMaxSize: z.number().int().min(1).default(1000),
    postProcessMinSize: z.number().int().min(-1).default(300),
  })
  .refine((b) => b.postProcessMinSize <= b.postProcessMaxSize, {
    path: ['postProcessMinSize'],
  });

/** `POST /v1/api-tools/segmentation`: topic paragraphs (`topicSeg`, `span`). */
export const registerSegmentationRoutes: RegisterRoutes = (app) => {
  app.post('/v1/api-tools/segmentation', (c) => {
    const body = parseBody(segmentationBody, c.get('body'));
    if (body.text.trim() === '') throw fail('40004');
    if (body.text.length > SEGMENTATION_CHAR_LIMIT) throw fail('40003');
    const { topicSeg, span } = segmentText(body.text, body);
    const inputTokens = countTokens(body.text);
    return ok(c, { topicSeg, span, inputTokens }, inputTokens);
  });
};
