import * as z from 'zod/mini';
import { describeValue } from '../validation/issue-message.ts';

/**
 * The `type: 'function'` of a tool definition. Its input type is any string (`'function'` offered
 * first), so that a tool written as a plain object literal (`const tools = [{ type: 'function', … }]`,
 * where TypeScript widens `'function'` to `string`) typechecks without `as const`; the value is
 * still checked before sending, and the parsed type is the literal `'function'`.
 */
export const functionTypeSchema = z.string().check(
  z.refine((v) => v === 'function', {
    error: (issue) => `must be "function" (got ${describeValue(issue.input)})`,
  }),
) as unknown as z.ZodMiniType<'function', 'function' | (string & {})>;
