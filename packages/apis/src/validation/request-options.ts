import type { RequestOptions } from '@clova-studio/core';
import type { ValidationOptions } from './validate-request.ts';

/**
 * Options accepted by every endpoint: core's per-request options (`signal`, `timeout`,
 * `headers`, `requestId`, `maxRetries`, …) plus `validate` to skip client-side validation.
 */
export interface ClovaRequestOptions extends RequestOptions, ValidationOptions {}

/**
 * Removes the apis-only `validate` flag before the options reach the transport. Options that set
 * nothing else become `undefined`: the transport then reuses the client's resolved options
 * instead of merging and resolving an empty override on every call (`mergeOptions` ignores
 * `undefined` values, so the outcome is the same).
 */
export function toTransportOptions(
  options: ClovaRequestOptions | undefined,
): RequestOptions | undefined {
  if (!options) return undefined;
  for (const key in options) {
    if (key !== 'validate' && options[key as keyof ClovaRequestOptions] !== undefined) {
      const { validate: _validate, ...rest } = options;
      return rest;
    }
  }
  return undefined;
}
