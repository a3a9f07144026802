import { RequestValidationError } from '@clova-studio/core';
import * as z from 'zod/mini';
import { issueMessage } from '../validation/issue-message.ts';
import type { ValidationOptions } from '../validation/validate-request.ts';

const pathIdSchema = z.string().check(z.minLength(1, 'must not be empty'));

/**
 * Validates a path identifier (router, skillset or task id) as a non-empty string, naming it in the
 * error, and returns it (the caller encodes it into the path). `options.validate === false` skips it.
 *
 * @throws RequestValidationError with `path` = `name` when the id is empty or not a string.
 */
export function validatePathId(name: string, id: string, options?: ValidationOptions): string {
  if (options?.validate !== false) {
    const result = pathIdSchema.safeParse(id, { error: issueMessage });
    if (!result.success) {
      throw new RequestValidationError(
        result.error.issues.map((issue) => ({ path: name, message: issue.message })),
      );
    }
  }
  return id;
}
