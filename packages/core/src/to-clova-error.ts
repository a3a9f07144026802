import { HTTPError, NetworkError, TimeoutError } from 'ky';
import { makeAPIError } from './error-from-response.ts';
import {
  APIConnectionError,
  APITimeoutError,
  APIUserAbortError,
  ClovaStudioError,
} from './errors.ts';
import { redactText } from './redact.ts';
import type { Call } from './send.ts';

// ky hands the same error to `shouldRetry` and then to `beforeError`: it is typed once.
const typed = new WeakMap<object, ClovaStudioError>();

/**
 * Turns whatever ky or `fetch` threw for `call` into this SDK's typed error: an `HTTPError` into
 * the `APIError` for its status and body, a timeout into `APITimeoutError`, an abort of the
 * caller's signal into `APIUserAbortError`, anything else into `APIConnectionError` naming
 * `METHOD URL` (never the key).
 */
export function toClovaError(error: unknown, call: Call): ClovaStudioError {
  if (error instanceof ClovaStudioError) return error;
  const known = error instanceof Object ? typed.get(error) : undefined;
  if (known) return known;
  const out = classify(error, call);
  if (error instanceof Object) typed.set(error, out);
  return out;
}

function classify(error: unknown, call: Call): ClovaStudioError {
  const { requestId, opts } = call;
  if (error instanceof HTTPError) {
    return makeAPIError({
      status: error.response.status,
      body: error.data,
      headers: error.response.headers,
      requestId,
      secrets: opts.secrets,
      request: call.target,
    });
  }
  if (opts.signal?.aborted) return new APIUserAbortError('Request aborted', { requestId });
  if (error instanceof TimeoutError) {
    return new APITimeoutError(`Request timed out after ${opts.timeout} ms (${call.target})`, {
      requestId,
    });
  }
  const cause = error instanceof NetworkError ? error.cause : error;
  const inner = (cause as Error | undefined)?.cause as
    | { code?: string; message?: string }
    | undefined;
  const detail = `${(cause as Error | undefined)?.message}${inner ? ` (${inner.code ?? inner.message})` : ''}`;
  return new APIConnectionError(
    redactText(`Connection error (${call.target}): ${detail}`, opts.secrets),
    { requestId, cause },
  );
}
