import { ClovaStudioError } from '@clova-studio/core';
import type * as z from 'zod/mini';
import { formatIssuePath } from '../validation/format-issue-path.ts';
import { issueMessage } from '../validation/issue-message.ts';

/**
 * Parses a response leniently: unknown fields pass through (the schemas are loose), documented
 * ambiguities are normalised. A body missing a required field throws a `ClovaStudioError`
 * naming it, since the SDK cannot return the documented type (the caller's `APIPromise` or stream
 * stamps it with the request id).
 */
export function parseResponse<S extends z.ZodMiniType>(schema: S, data: unknown): z.output<S> {
  const result = schema.safeParse(data, { error: issueMessage });
  if (result.success) return result.data;
  if (typeof data === 'string') {
    // core hands on a body or event that is not JSON as its text
    throw new ClovaStudioError(
      `Unexpected response from CLOVA Studio: the data is not JSON (${JSON.stringify(data.slice(0, 80))})`,
    );
  }
  const issue = result.error.issues[0];
  const at = issue?.path.length ? formatIssuePath(issue.path) : '(response)';
  throw new ClovaStudioError(
    `Unexpected response from CLOVA Studio at ${at}: ${issue?.message ?? 'invalid'}`,
  );
}
