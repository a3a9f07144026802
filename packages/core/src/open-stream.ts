import { logOutcome } from './debug-log.ts';
import { APIError } from './errors.ts';
import type { Logger } from './logger.ts';
import { readJSON } from './read-json.ts';
import type { Call } from './send.ts';
import { iterateSSE, type ServerSentEvent, type SSEOptions } from './sse-stream.ts';
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
  // The stream keeps only what it reads, never `call` (which reaches ky's instance and the request).
  const sse: SSEOptions = {
    endEvents,
    idleTimeout: Math.min(opts.streamIdleTimeout, MAX_TIMER),
    userSignal: opts.signal,
    requestId,
    secrets: opts.secrets,
    onEnd: opts.log.debug && endLog(opts.log.debug, call),
  };
  return new Stream<ServerSentEvent<T>>(
    () => iterateSSE<T>(response, controller, sse),
    response,
    requestId,
    controller,
  );
}

/** The debug line of a stream's end, holding the call's method, path and start time only. */
function endLog(
  debug: Logger['debug'],
  { method, path, started, requestId }: Call,
): SSEOptions['onEnd'] {
  return (events, error) =>
    debug(`stream ${method} ${path} ended after ${events} events`, {
      requestId,
      events,
      error: error?.name,
      durationMs: Math.round(performance.now() - started),
    });
}
