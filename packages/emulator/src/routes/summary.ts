import { z } from 'zod';
import type { RegisterRoutes } from '../context.ts';
import { fail } from '../http/fail.ts';
import { ok } from '../http/respond.ts';
import { summarize } from '../services/summarize.ts';
import { countTokens } from '../text/tokenizer.ts';
import { parseBody } from '../validate.ts';

/** Character limit of all `texts` together (Korean basis, spaces included). */
export const SUMMARY_CHAR_LIMIT = 35_000;

const summaryBody = z
  .object({
    texts: z.array(z.string()),
    autoSentenceSplitter: z.boolean().default(true),
    segCount: z
      .number()
      .int()
      .refine((n) => n === -1 || n >= 1)
      .default(-1),
    segMaxSize: z.number().int().min(1).max(3000).default(1000),
    segMinSize: z.number().int().min(0).default(300),
    includeAiFilters: z.boolean().default(false),
    postProcess: z.boolean().optional(),
  })
  .refine((b) => b.segMinSize <= b.segMaxSize, { path: ['segMinSize'] });

/** `POST /v1/api-tools/summarization/v2`: extractive bullet summary. */
export const registerSummaryRoutes: RegisterRoutes = (app) => {
  app.post('/v1/api-tools/summarization/v2', (c) => {
    const body = parseBody(summaryBody, c.get('body'));
    const joined = body.texts.join('\n');
    if (joined.trim() === '') throw fail('40004');
    if (body.texts.reduce((n, t) => n + t.length, 0) > SUMMARY_CHAR_LIMIT) {
      throw fail('40003');
    }
    const text = summarize(body.texts, body);
    const inputTokens = countTokens(joined);
    return ok(c, { text, inputTokens }, inputTokens + countTokens(text));
  });
};
