/**
 * Shared request validation for every endpoint of `@clova-studio/apis`.
 *
 * Conventions for everyone adding an endpoint (chat and tools alike):
 * - Write schemas with `import * as z from 'zod/mini'` (never `from 'zod'`): the full zod API costs
 *   ~90 kB gzipped in a browser bundle, zod/mini ~5 kB.
 * - Request schemas are plain `z.object` (unknown keys are stripped, so only documented fields are
 *   sent); response schemas are `z.looseObject` (unknown fields pass through).
 * - Call {@link validateRequest} in the request builder handed to `sendRequest` (so a failure
 *   becomes a rejected `APIPromise`), passing the caller's {@link ValidationOptions}
 *   (`validate: false` skips it; the `ClovaStudio` client forwards its `validation` option as
 *   the per-request default).
 *
 * @example
 * ```ts
 * return sendRequest(
 *   transport,
 *   options,
 *   () => ({
 *     method: 'POST',
 *     path: '/v1/api-tools/summarization/v2',
 *     body: validateRequest(summaryParamsSchema, params, options),
 *   }),
 *   (data) => parseResponse(summaryResponseSchema, data),
 * );
 * ```
 * @module
 */
import { RequestValidationError } from '@clova-studio/core';
import type * as z from 'zod/mini';
import { formatIssuePath } from './format-issue-path.ts';
import { issueMessage } from './issue-message.ts';

/** Per-request switch for client-side validation. */
export interface ValidationOptions {
  /**
   * Validate the request before sending it (default `true`). Set `false` to send the parameters
   * as given, e.g. when the service has relaxed a documented limit.
   */
  validate?: boolean;
}

/**
 * Validates `params` against `schema` and returns the parsed value (unknown keys stripped).
 * With `options.validate === false` the parameters are returned untouched.
 *
 * @throws RequestValidationError naming every failing field (`messages[0].content`) and its rule.
 */
export function validateRequest<S extends z.ZodMiniType>(
  schema: S,
  params: unknown,
  options?: ValidationOptions,
): z.output<S> {
  if (options?.validate === false) return params as z.output<S>;
  const result = schema.safeParse(params, { error: issueMessage });
  if (result.success) return result.data;
  // One issue per field: the first (a type or range check) says the most; a cross-field rule
  // about the same field would repeat it.
  const byPath = new Map<string, string>();
  for (const issue of result.error.issues) {
    const path = formatIssuePath(issue.path);
    if (!byPath.has(path)) byPath.set(path, issue.message);
  }
  throw new RequestValidationError([...byPath].map(([path, message]) => ({ path, message })));
}
