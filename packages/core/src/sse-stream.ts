import { createParser } from 'eventsource-parser';
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

type Read = ReadableStreamReadResult<Uint8Array>;

const isDone = (data: unknown) =>
  data === '[DONE]' || (data as { data?: unknown } | null)?.data === '[DONE]';

/** How long, at most, the stream reads on after its terminal event, so the connection can end cleanly. */
const DRAIN_MS = 1_000;

/**
 * Reads a `text/event-stream` response as {@link ServerSentEvent}s. `event: error` (or an
 * in-band `{status:{code}}` whose code is not 2xxxx) is thrown as the typed `APIError` for its
 * code; `event: signal` with `[DONE]` and a bare `data: [DONE]` end the stream without being
 * yielded; an event named in `endEvents` is yielded and ends the stream. A body that ends before
 * any of these throws {@link StreamTruncatedError}. `return()` (breaking out of `for await`)
 * aborts the request.
 */
export function iterateSSE<T>(
  response: Response,
  controller: AbortController,
  opts: SSEOptions,
): AsyncIterator<ServerSentEvent<T>> {
  const { endEvents, idleTimeout, requestId } = opts;
  const reader = response.body?.getReader();
  const decoder = new TextDecoder();
  const queue: ServerSentEvent<T>[] = [];
  let head = 0;
  let count = 0;
  let terminal = false;
  let eof = false;
  let closed = false;
  let idleFired = false;
  let failure: ClovaStudioError | undefined;

  const parser = createParser({
    onEvent(m) {
      if (terminal || failure) return;
      const raw = m.data;
      if (raw === '[DONE]') {
        terminal = true;
        return;
      }
      const event = m.event ?? 'message';
      let data: unknown;
      try {
        data = JSON.parse(raw);
      } catch {
        data = raw;
      }
      // Slow path only for the rare events: error, signal, or data carrying a `status`.
      if (event === 'error' || event === 'signal' || (data as { status?: unknown })?.status) {
        if (event === 'signal' && isDone(data)) {
          terminal = true;
          return;
        }
        const status = envelopeStatus(data);
        if (event === 'error' || (status && status.code[0] !== '2')) {
          failure = makeAPIError({
            status: response.status,
            body: data,
            headers: response.headers,
            requestId,
            secrets: opts.secrets,
          });
          return;
        }
      }
      queue.push({ id: m.id, event, data: data as T });
      if (endEvents.includes(event)) terminal = true;
    },
  });

  const finish = (error?: ClovaStudioError) => {
    if (!closed) opts.onEnd?.(count, error);
    closed = true;
  };
  const cancel = () => reader?.cancel().catch(() => {});

  // The error a failed read (or an EOF after an abort) stands for.
  const readError = (cause?: unknown): ClovaStudioError =>
    idleFired
      ? new APITimeoutError(`Stream idle for more than ${idleTimeout} ms`, { requestId })
      : opts.userSignal?.aborted || controller.signal.aborted
        ? new APIUserAbortError('Stream aborted', { requestId, cause })
        : new StreamTruncatedError('Stream connection lost before a terminal event', {
            requestId,
            cause,
          });

  const read = (ms: number): Promise<Read> =>
    !reader
      ? Promise.resolve({ done: true, value: undefined })
      : ms <= 0
        ? reader.read()
        : new Promise<Read>((resolve, reject) => {
            const timer = setTimeout(() => {
              idleFired = true;
              reject(readError());
              controller.abort();
              cancel();
            }, ms);
            reader
              .read()
              .then(resolve, reject)
              .finally(() => clearTimeout(timer));
          });

  // After the terminal event: read on quietly so the connection can end (and be reused), briefly.
  const drain = async () => {
    try {
      while (!(await read(DRAIN_MS)).done);
    } catch {
      // Cut or timed out after the stream's logical end: nothing is lost.
    }
  };

  const fail = (error: ClovaStudioError): never => {
    finish(error);
    controller.abort();
    cancel();
    throw error;
  };

  controller.signal.addEventListener('abort', cancel, { once: true });

  return {
    async next(): Promise<IteratorResult<ServerSentEvent<T>>> {
      for (;;) {
        if (head < queue.length) {
          const value = queue[head++]!;
          if (head === queue.length) queue.length = head = 0;
          count++;
          return { done: false, value };
        }
        if (failure) return fail(failure);
        if (closed || terminal) {
          if (!closed && !eof) void drain();
          finish();
          return { done: true, value: undefined };
        }
        if (eof) {
          return fail(
            controller.signal.aborted
              ? readError()
              : new StreamTruncatedError('Stream ended without a terminal event', { requestId }),
          );
        }
        let r: Read;
        try {
          r = await read(idleTimeout);
        } catch (e) {
          return fail(readError(e));
        }
        eof = !!r.done;
        parser.feed(decoder.decode(r.value, { stream: !eof }));
      }
    },
    async return(): Promise<IteratorResult<ServerSentEvent<T>>> {
      if (!closed && !eof) {
        if (terminal) void drain();
        else {
          controller.abort();
          cancel();
        }
      }
      finish();
      return { done: true, value: undefined };
    },
  };
}
