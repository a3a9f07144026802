import * as z from 'zod/mini';
import { lenientObject } from './named-schema.ts';

const aiFilterObject = lenientObject({
  /** Filter group: `curse` (demeaning, discriminatory or abusive language) or `unsafeContents` (sexual content). */
  groupName: z.string(),
  /** Filter name: `discrimination`, `insult` or `sexualHarassment`. */
  name: z.string(),
  /**
   * Score as a string: `"0"` harmful content likely, `"1"` possible, `"2"` unlikely,
   * `"-1"` the filter failed.
   */
  score: z.string(),
  /** `OK` when the filter ran normally, `ERROR` when it failed (not always present). */
  result: z.optional(z.string()),
});

/** One content-filter verdict, returned when the request set `includeAiFilters: true`. */
export interface AIFilter extends z.output<typeof aiFilterObject> {}

/** Schema of an {@link AIFilter} (unknown fields pass through at run time). */
export const aiFilterSchema: z.ZodMiniType<AIFilter> = aiFilterObject;
