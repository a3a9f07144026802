import { ClovaStudioError } from './errors.ts';

/**
 * An abortable, single-use async iterable over a streaming response. Breaking out of
 * `for await` aborts the HTTP request; so does {@link Stream.abort}.
 */
export class Stream<T> implements AsyncIterable<T> {
  /** The HTTP response (status, headers). Its body is being consumed by this stream. */
  readonly response: Response;
  /** The request id sent as `X-NCP-CLOVASTUDIO-REQUEST-ID`. */
  readonly requestId: string;
  /** Aborting it aborts the HTTP request. */
  readonly controller: AbortController;
  #iterate: () => AsyncIterator<T>;
  #used = false;

  /**
   * @param iterate - makes the iterator (called once).
   * @param response - the response being read.
   * @param requestId - the request id.
   * @param controller - aborts the underlying request.
   */
  constructor(
    iterate: () => AsyncIterator<T>,
    response: Response,
    requestId: string,
    controller: AbortController,
  ) {
    this.#iterate = iterate;
    this.response = response;
    this.requestId = requestId;
    this.controller = controller;
  }

  /** Iterates the stream. A stream can be iterated once. */
  [Symbol.asyncIterator](): AsyncIterator<T> {
    if (this.#used) throw new ClovaStudioError('This stream has already been consumed');
    this.#used = true;
    return this.#iterate();
  }

  /** Aborts the request: a pending or later `next()` rejects with `APIUserAbortError`. */
  abort(): void {
    this.controller.abort();
  }

  /** A stream of `fn(item)`, sharing this stream's response, request id and abort. */
  map<U>(fn: (item: T) => U): Stream<U> {
    return new Stream<U>(
      () => {
        const it = this[Symbol.asyncIterator]();
        return {
          next: async () => {
            const r = await it.next();
            return r.done ? r : { done: false, value: fn(r.value) };
          },
          return: async (value?: unknown) => {
            await it.return?.();
            return { done: true, value: value as U };
          },
        };
      },
      this.response,
      this.requestId,
      this.controller,
    );
  }

  /** A web `ReadableStream` of the items; cancelling it aborts the request. Errors error the stream. */
  toReadableStream(): ReadableStream<T> {
    let it: AsyncIterator<T> | undefined;
    return new ReadableStream<T>({
      pull: async (ctrl) => {
        it ??= this[Symbol.asyncIterator]();
        try {
          const r = await it.next();
          if (r.done) ctrl.close();
          else ctrl.enqueue(r.value);
        } catch (error) {
          ctrl.error(error);
        }
      },
      cancel: async () => {
        await (it ?? this[Symbol.asyncIterator]()).return?.();
      },
    });
  }
}
