import { createParser, type EventSourceMessage } from 'eventsource-parser';
import { envelopeStatus } from './envelope.js';
import { makeAPIError } from './error-from-response.js';
import {
  APITimeoutError,
  APIUserAbortError,
  type ClovaStudioError,
  StreamTruncatedError,
} from './errors.js';

/** One server-sent event. */
export interface ServerSentEvent<T = unknown> {
  /** The `id:` field, if the event had one. */
  id: string | undefined;
  /** The `event:` field (`'message'` when absent), e.g. `token`, `result`. */
  event: string;
  /** The `data:` field parsed as JSON (the raw string when it is not JSON). */
  data: T;
}

/** Settings of {@link iterateSSE}. */
export interface SSEOptions {
  /** Event names that complete the stream (after being yielded). */
  endEvents: readonly string[];
  /** Longest silence allowed between two chunks, in ms; 0 disables. */
  idleTimeout: number;
  /** The caller's signal, to tell a user abort from other failures. */
  userSignal?: AbortSignal | undefined;
  requestId: string;
  /** Strings to scrub from error messages (the API key). */
  secrets?: readonly string[];
  /** Called once when the stream ends, however it ends. */
  onEnd?: (events: number, error: ClovaStudioError | undefined) => void;
}

const parseData = (data: string): unknown => {
  try {
    return JSON.parse(data);
  } catch {
    return data;
  }
};

const isDone = (data: unknown) =>
  data === '[DONE]' ||
  (typeof data === 'object' && data !== null && (data as { data?: unknown }).data === '[DONE]');

// A `{status:{code}}` body (and nothing else but `result`) whose code is not 2xxxx.
const isInBandError = (data: unknown) => {
  const status = envelopeStatus(data);
  return (
    status !== undefined &&
    !status.code.startsWith('2') &&
    Object.keys(data as object).every((k) => k === 'status' || k === 'result')
  );
};

/** How long, at most, the stream keeps reading after its terminal event to let the connection end cleanly. */
const DRAIN_MS = 1_000;

/**
 * Reads a `text/event-stream` response as {@link ServerSentEvent}s. `event: error` (or an
 * in-band `{status:{code}}` error) is thrown as the typed `APIError` for its code;
 * `event: signal` with `[DONE]` and a bare `data: [DONE]` end the stream without being yielded;
 * an event named in `endEvents` is yielded and ends the stream. A body that ends before any of
 * these throws {@link StreamTruncatedError}. Calling `return()` (breaking out of `for await`)
 * aborts the request.
 */
export function iterateSSE<T>(
  response: Response,
  controller: AbortController,
  opts: SSEOptions,
): AsyncIterator<ServerSentEvent<T>> {
  const body = response.body;
  const reader = body?.getReader();
  const decoder = new TextDecoder();
  const { endEvents, idleTimeout, requestId } = opts;
  const queue: ServerSentEvent<T>[] = [];
  let head = 0;
  let count = 0;
  let terminal = false;
  let eof = false;
  let closed = false;
  let failure: ClovaStudioError | undefined;

  const onEvent = (m: EventSourceMessage) => {
    if (terminal || failure) return;
    if (m.data === '[DONE]') {
      terminal = true;
      return;
    }
    const event = m.event ?? 'message';
    const data = parseData(m.data);
    if (event === 'signal' && isDone(data)) {
      terminal = true;
    } else if (event === 'error' || isInBandError(data)) {
      failure = makeAPIError({
        status: response.status,
        body: data,
        headers: response.headers,
        requestId,
        secrets: opts.secrets,
      });
    } else {
      queue.push({ id: m.id, event, data: data as T });
      if (endEvents.includes(event)) terminal = true;
    }
  };
  const parser = createParser({ onEvent });

  const finish = (error?: ClovaStudioError) => {
    if (closed) return;
    closed = true;
    opts.onEnd?.(count, error);
  };

  // Maps a failed read (or an EOF after an abort) to the error the caller should see.
  let idleFired = false;
  const readError = (cause?: unknown): ClovaStudioError => {
    if (idleFired) {
      return new APITimeoutError(`Stream idle for more than ${idleTimeout} ms`, { requestId });
    }
    if (opts.userSignal?.aborted || controller.signal.aborted) {
      return new APIUserAbortError('Stream aborted', { requestId, cause });
    }
    return new StreamTruncatedError('Stream connection lost before a terminal event', {
      requestId,
      cause,
    });
  };

  const read = (ms: number): Promise<ReadableStreamReadResult<Uint8Array>> => {
    if (!reader) return Promise.resolve({ done: true, value: undefined });
    if (ms <= 0) return reader.read();
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        idleFired = true;
        reject(readError());
        controller.abort();
        reader.cancel().catch(() => {});
      }, ms);
      reader.read().then(
        (r) => {
          clearTimeout(timer);
          resolve(r);
        },
        (e) => {
          clearTimeout(timer);
          reject(e);
        },
      );
    });
  };

  // After the terminal event: read on quietly so the connection can end (and be reused), but not for long.
  const drain = async () => {
    try {
      while (!eof) {
        const r = await read(DRAIN_MS);
        if (r.done) eof = true;
      }
    } catch {
      // The connection was cut or timed out after the stream's logical end: nothing is lost.
    }
  };

  const fail = (error: ClovaStudioError): never => {
    finish(error);
    controller.abort();
    reader?.cancel().catch(() => {});
    throw error;
  };

  const onAbort = () => reader?.cancel().catch(() => {});
  controller.signal.addEventListener('abort', onAbort, { once: true });

  return {
    async next(): Promise<IteratorResult<ServerSentEvent<T>>> {
      for (;;) {
        if (head < queue.length) {
          const value = queue[head++]!;
          if (head === queue.length) {
            queue.length = 0;
            head = 0;
          }
          count++;
          return { done: false, value };
        }
        if (failure) return fail(failure);
        if (closed) return { done: true, value: undefined };
        if (terminal) {
          finish();
          controller.signal.removeEventListener('abort', onAbort);
          if (!eof) void drain();
          return { done: true, value: undefined };
        }
        if (eof) {
          return fail(
            controller.signal.aborted
              ? readError()
              : new StreamTruncatedError('Stream ended without a terminal event', { requestId }),
          );
        }
        let r: ReadableStreamReadResult<Uint8Array>;
        try {
          r = await read(idleTimeout);
        } catch (e) {
          return fail(readError(e));
        }
        if (r.done) {
          eof = true;
          parser.feed(decoder.decode());
        } else {
          parser.feed(decoder.decode(r.value, { stream: true }));
        }
      }
    },
    async return(): Promise<IteratorResult<ServerSentEvent<T>>> {
      if (!closed) {
        finish();
        if (terminal) {
          if (!eof) void drain();
        } else if (!eof) {
          controller.abort();
          reader?.cancel().catch(() => {});
        }
      }
      return { done: true, value: undefined };
    },
  };
}
