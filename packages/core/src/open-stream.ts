import { logOutcome } from './debug-log.ts';
import { APIError } from './errors.ts';
import { readJSON } from './read-json.ts';
import type { Call } from './send.ts';
import { iterateSSE, type ServerSentEvent } from './sse-stream.ts';
import { Stream } from './stream.ts';

const MAX_TIMER = 2_147_483_647;

/**
 * Opens the event stream of a 2xx response of `call`: a {@link Stream} of server-sent events
 * that ends on one of `endEvents`. A JSON answer instead (an error envelope, or a server that
 * does not stream) throws the typed `APIError`.
 */
export async function openStream<T>(
  call: Call,
  endEvents: readonly string[],
): Promise<Stream<ServerSentEvent<T>>> {
  const { response, opts, requestId } = call;
  const controller = call.controller!;
  if (/json/i.test(response.headers.get('content-type') ?? '')) {
    await readJSON(call, false);
    throw new APIError(`${response.status}: expected an event stream, got JSON`, {
      status: response.status,
      requestId,
      headers: response.headers,
    });
  }
  logOutcome(call, undefined);
  const iterate = () =>
    iterateSSE<T>(response, controller, {
      endEvents,
      idleTimeout: Math.min(opts.streamIdleTimeout, MAX_TIMER),
      userSignal: opts.signal,
      requestId,
      secrets: opts.secrets,
      onEnd: (events, error) =>
        opts.log.debug?.(`stream ${call.method} ${call.path} ended after ${events} events`, {
          requestId,
          events,
          error: error?.name,
          durationMs: Math.round(performance.now() - call.started),
        }),
    });
  return new Stream<ServerSentEvent<T>>(iterate, response, requestId, controller);
}
