import type { APIError, ClovaStudioError } from './errors.ts';
import { redactHeaders } from './redact.ts';
import type { Call } from './send.ts';

/**
 * Logs the end of a logical request at debug level (method, path, status, code, duration,
 * retries, request id, the headers sent with every credential redacted); returns `error`, for
 * throwing.
 */
export function logOutcome<E extends ClovaStudioError | undefined>(
  call: Call,
  error: E,
  code?: string,
): E {
  const debug = call.opts.log.debug;
  if (debug) {
    const status = (error as APIError | undefined)?.status ?? call.response?.status;
    const clovaCode = (error as APIError | undefined)?.code ?? code;
    const durationMs = Math.round(performance.now() - call.started);
    const line = `${call.method} ${call.path} ${status ?? '-'} ${clovaCode ?? '-'} ${durationMs}ms`;
    debug(error ? `${line} ${error.name}` : line, {
      method: call.method,
      path: call.path,
      status,
      code: clovaCode,
      durationMs,
      retries: call.retries,
      requestId: call.requestId,
      headers: redactHeaders(call.headers, call.opts.secrets),
      error: error?.message,
    });
  }
  return error;
}
