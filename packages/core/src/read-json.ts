import { logOutcome } from './debug-log.ts';
import { envelopeStatus, isSuccessCode, openAIError, parseBody } from './envelope.ts';
import { makeAPIError } from './error-from-response.ts';
import type { Call } from './send.ts';
import { toClovaError } from './to-clova-error.ts';

/**
 * Reads a 2xx JSON response of `call` (through ky, bounded by `timeout`). An error envelope
 * (`status.code` not 2xxxx), an OpenAI `{error}` body or a non-JSON body throws the typed
 * `APIError`. Resolves to `result` of the envelope when `envelope` is true and the body is one,
 * else to the parsed body.
 */
export async function readJSON<T>(call: Call, envelope: boolean): Promise<T> {
  let text: string;
  try {
    text = await call.readText();
  } catch (error) {
    throw logOutcome(call, toClovaError(error, call));
  }
  const body = parseBody(text);
  const env = envelopeStatus(body);
  if (typeof body === 'string' || (env && !isSuccessCode(env.code)) || openAIError(body)) {
    const { response, requestId, opts } = call;
    throw logOutcome(
      call,
      makeAPIError({
        status: response.status,
        body,
        headers: response.headers,
        requestId,
        secrets: opts.secrets,
        request: call.target,
      }),
    );
  }
  logOutcome(call, undefined, env?.code);
  return (envelope && env ? (body as { result?: unknown }).result : body) as T;
}
