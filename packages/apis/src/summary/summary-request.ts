import * as z from 'zod/mini';
import { type NamedInput, object } from '../shared/named-schema.ts';

const summaryParamsObject = object({
  /**
   * Texts to summarise; each 1 to 35,000 characters (Korean basis, spaces included). Whether the service applies
   * the limit per text or in total is not documented; each text is checked here.
   */
  texts: z
    .array(
      z
        .string()
        .check(
          z.minLength(1, 'must not be empty'),
          z.maxLength(35_000, 'must be at most 35,000 characters'),
        ),
    )
    .check(z.minLength(1, 'must contain at least one text')),
  /**
   * Whether to split the input into paragraphs first (default `true`); when `true`, `segCount`, `segMaxSize` and
   * `segMinSize` apply.
   */
  autoSentenceSplitter: z.optional(z.boolean()),
  /** Number of paragraphs to split into: `-1` (default) lets the service decide, otherwise at least 1. */
  segCount: z.optional(
    z.int().check(z.refine((n) => n === -1 || n >= 1, 'must be -1 (automatic) or at least 1')),
  ),
  /** Maximum characters per paragraph when splitting: 1 to 3,000, default 1,000. */
  segMaxSize: z.optional(z.int().check(z.gte(1), z.lte(3_000))),
  /** Minimum characters per paragraph when splitting: 0 to `segMaxSize`, default 300. */
  segMinSize: z.optional(z.int().check(z.gte(0), z.lte(3_000))),
  /** Whether to apply the AI filter (default `false`). */
  includeAiFilters: z.optional(z.boolean()),
}).check(
  z.refine((r) => r.segMinSize === undefined || r.segMinSize <= (r.segMaxSize ?? 3_000), {
    path: ['segMinSize'],
    message: 'must not exceed segMaxSize',
  }),
);

/** Parameters of Summary (`POST /v1/api-tools/summarization/v2`). */
export interface SummaryParams extends z.input<typeof summaryParamsObject> {}

/** Schema of {@link SummaryParams}. */
export const summaryParamsSchema: NamedInput<typeof summaryParamsObject, SummaryParams> =
  summaryParamsObject;
