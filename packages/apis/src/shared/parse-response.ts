import { ClovaStudioError } from '@clova-studio/core';
import type * as z from 'zod/mini';
import { formatIssuePath } from '../validation/format-issue-path.ts';
import { issueMessage } from '../validation/issue-message.ts';

/**
 * Parses a response leniently: unknown fields pass through (the schemas are loose), documented
 * ambiguities are normalised. A body missing a required field throws a `ClovaStudioError`
 * naming it, since the SDK cannot return the documented type.
 */
export function parseResponse<S extends z.ZodMiniType>(schema: S, data: unknown): z.output<S> {
  const result = schema.safeParse(data, { error: issueMessage });
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  throw new ClovaStudioError(
    `Unexpected response from CLOVA Studio at ${issue ? formatIssuePath(issue.path) : '(response)'}: ${issue?.message ?? 'invalid'}`,
  );
}
