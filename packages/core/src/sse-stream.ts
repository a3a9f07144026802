import { createParser, type EventSourceMessage } from 'eventsource-parser';
import { envelopeStatus, isSuccessCode, openAIError } from './envelope.ts';
import { makeAPIError } from './error-from-response.ts';
import {
  APITimeoutError,
  APIUserAbortError,
  type ClovaStudioError,
  StreamTruncatedError,
} from './errors.ts';

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
  /** The request id, for the errors. */
  requestId: string;
  /** Strings to scrub from error messages (the API key). */
  secrets?: readonly string[];
  /** Called once when the stream ends, however it ends. */
  onEnd?: (events: number, error: ClovaStudioError | undefined) => void;
}

type Read = ReadableStreamReadResult<Uint8Array>;

const parse = (raw: string): unknown => {
  try {
    return JSON.parse(raw);
  } catch {
    return raw;
  }
};

const rare = (event: string, data: unknown) =>
  event === 'error' ||
  event === 'signal' ||
  !!(data as { status?: unknown } | null)?.status ||
  !!(data as { error?: unknown } | null)?.error;

const isDone = (data: unknown) =>
  data === '[DONE]' || (data as { data?: unknown } | null)?.data === '[DONE]';

/** How long, at most, the stream reads on after its terminal event, so the connection can end cleanly. */
const DRAIN_MS = 1_000;

/**
 * Reads a `text/event-stream` response as {@link ServerSentEvent}s. `event: error`, an in-band
 * `{status:{code}}` whose code is not 2xxxx, and an OpenAI-style `{error:{…}}` chunk are thrown
 * as the typed `APIError` for their code; `event: signal` with `[DONE]` and a bare `data: [DONE]` end the stream without being
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
  const queue: EventSourceMessage[] = [];
  let head = 0;
  let count = 0;
  let stop = false; // a terminal event or an error event was seen: ignore the rest
  let terminal = false;
  let eof = false;
  let closed = false;
  let aborted = controller.signal.aborted; // the controller fired: buffered events are no longer handed out
  let failure: ClovaStudioError | undefined; // an error event, thrown after the events before it
  let thrown: ClovaStudioError | undefined; // once thrown, every later next() throws it again

  // Events are queued as the parser hands them over and parsed as JSON only when handed out:
  // parsed data that waits in a queue costs more than parsing it just in time.
  const parser = createParser({
    onEvent(m) {
      if (stop) return;
      if (m.data === '[DONE]' || (m.event === 'signal' && isDone(parse(m.data)))) {
        stop = terminal = true;
        return;
      }
      const event = m.event ?? 'message';
      m.event = event;
      queue.push(m);
      if (event === 'error')
        stop = true; // nothing after an error event counts
      else if (endEvents.includes(event)) stop = terminal = true;
    },
  });

  const cancel = () => reader?.cancel().catch(() => {});

  // Idle timeout: one timer for the whole stream, checked against the time the consumer has been
  // waiting for data (a timer per chunk costs more than the parsing). A slow consumer is not idle.
  let waitingSince = 0; // 0: not waiting
  let idleFired = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const onTimer = () => {
    timer = undefined;
    if (!waitingSince) return; // the consumer is busy: the next wait arms a new timer
    const waited = performance.now() - waitingSince;
    if (waited < idleTimeout) timer = setTimeout(onTimer, idleTimeout - waited);
    else {
      idleFired = true;
      controller.abort();
    }
  };

  // The caller's signal reaches the body through fetch; this also covers a `fetch` that ignores it.
  const onUserAbort = () => controller.abort();
  opts.userSignal?.addEventListener('abort', onUserAbort, { once: true });

  const finish = (error?: ClovaStudioError) => {
    clearTimeout(timer);
    opts.userSignal?.removeEventListener('abort', onUserAbort);
    queue.length = head = 0;
    if (!closed) opts.onEnd?.(count, error);
    closed = true;
  };

  // The error a failed read (or an abort) stands for.
  const readError = (cause?: unknown): ClovaStudioError =>
    idleFired
      ? new APITimeoutError(`Stream idle for more than ${idleTimeout} ms`, { requestId })
      : aborted || opts.userSignal?.aborted
        ? new APIUserAbortError('Stream aborted', { requestId, cause })
        : new StreamTruncatedError('Stream connection lost before a terminal event', {
            requestId,
            cause,
          });

  // After the terminal event: read on quietly so the connection can end (and be reused), briefly.
  const drain = () => {
    const t = setTimeout(cancel, DRAIN_MS);
    const step = (): unknown =>
      reader?.read().then(
        (r) => (r.done ? clearTimeout(t) : step()),
        () => clearTimeout(t),
      );
    step();
  };

  const fail = (error: ClovaStudioError): never => {
    thrown = error;
    finish(error);
    controller.abort();
    cancel();
    throw error;
  };

  controller.signal.addEventListener(
    'abort',
    () => {
      aborted = true;
      cancel();
    },
    { once: true },
  );

  const pull = async (): Promise<IteratorResult<ServerSentEvent<T>>> => {
    for (;;) {
      if (thrown) throw thrown;
      if (aborted && !closed) return fail(readError());
      if (head < queue.length) {
        const r = take();
        if (r) return r;
      }
      if (failure) return fail(failure);
      if (closed || terminal) {
        if (!closed && !eof) drain();
        finish();
        return { done: true, value: undefined };
      }
      if (eof)
        return fail(
          new StreamTruncatedError('Stream ended without a terminal event', { requestId }),
        );
      let r: Read;
      if (idleTimeout > 0) {
        waitingSince = performance.now() || 1;
        timer ??= setTimeout(onTimer, idleTimeout);
      }
      try {
        r = reader ? await reader.read() : { done: true, value: undefined };
      } catch (e) {
        waitingSince = 0;
        return fail(readError(e));
      }
      waitingSince = 0;
      eof = !!r.done;
      parser.feed(decoder.decode(r.value, { stream: !eof }));
    }
  };

  // The next queued event, parsed; `undefined` when it is an error (then `failure` is set).
  const take = (): IteratorResult<ServerSentEvent<T>> | undefined => {
    const m = queue[head++]!;
    if (head === queue.length) queue.length = head = 0;
    const data = parse(m.data);
    // Slow path only for the rare events: error, signal, or data carrying a `status`.
    if (rare(m.event!, data)) {
      failure = failureOf(m.event!, data);
      if (failure) {
        queue.length = head = 0;
        stop = true;
        terminal = false;
        return undefined;
      }
    }
    const value = m as unknown as ServerSentEvent<T>;
    value.data = data as T;
    count++;
    return { done: false, value };
  };

  // The typed error an event stands for: `event: error`, an in-band status that is not 2xxxx, or
  // the OpenAI-compatible layer's `{error}` chunk.
  const failureOf = (event: string, data: unknown): ClovaStudioError | undefined => {
    const status = envelopeStatus(data);
    const failed =
      event === 'error' || (status && !isSuccessCode(status.code)) || openAIError(data);
    if (!failed) return undefined;
    return makeAPIError({
      status: response.status,
      body: data,
      headers: response.headers,
      requestId,
      secrets: opts.secrets,
    });
  };

  return {
    // Events already received are handed out without entering the async reader.
    next: () => {
      const r = head < queue.length && !aborted ? take() : undefined;
      return r ? Promise.resolve(r) : pull();
    },
    async return(): Promise<IteratorResult<ServerSentEvent<T>>> {
      if (!closed && !eof) {
        if (terminal) drain();
        else controller.abort();
      }
      finish();
      return { done: true, value: undefined };
    },
  };
}
