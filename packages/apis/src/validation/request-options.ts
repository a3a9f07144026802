import type { RequestOptions } from '@clova-studio/core';
import type { ValidationOptions } from './validate-request';

/**
 * Options accepted by every endpoint: core's per-request options (`signal`, `timeout`,
 * `headers`, `requestId`, `maxRetries`, …) plus `validate` to skip client-side validation.
 */
export interface ClovaRequestOptions extends RequestOptions, ValidationOptions {}

/** Removes the apis-only `validate` flag before the options reach the transport. */
export function toTransportOptions(
  options: ClovaRequestOptions | undefined,
): RequestOptions | undefined {
  if (!options) return undefined;
  const { validate: _validate, ...rest } = options;
  return rest;
}
