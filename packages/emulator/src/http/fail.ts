import { ClovaError } from './clova-error.ts';
import { httpStatusOf, messageOf } from './status-codes.ts';

/** A {@link ClovaError} for a documented `code`, with its documented status and message. */
export function fail(code: string, message?: string, headers?: Record<string, string>): ClovaError {
  return new ClovaError(httpStatusOf(code), code, message ?? messageOf(code), headers);
}

/** `40001 Invalid parameter: a, b`: the message names the offending (or conflicting) fields. */
export function invalidParameter(...params: string[]): ClovaError {
  return fail('40001', params.length ? `Invalid parameter: ${params.join(', ')}` : undefined);
}
