import {
  APIUserAbortError,
  ClovaStudioError,
  type ServerSentEvent,
  Stream,
  withRequestId,
} from '@clova-studio/core';
import type { ChatCompletionMessage } from './chat-completions-v3-response.ts';
import { ChatMessageAccumulator, type MessageDelta } from './chat-message-accumulator.ts';

/** The complete answer of a stream: from its `result` event, or assembled from the deltas. */
export interface StreamFinal<TUsage> {
  /** The complete message. */
  message?: ChatCompletionMessage | undefined;
  /** Why generation stopped. */
  finishReason?: string | null | undefined;
  /** Token usage. */
  usage?: TUsage | null | undefined;
}

/** What one event contributes: a delta to accumulate and/or the final answer. */
export interface StreamStep<TUsage> {
  /** Incremental content. */
  delta?: MessageDelta | undefined;
  /** Final answer (a `result` event, or the last chunk's usage/finish reason). */
  final?: StreamFinal<TUsage> | undefined;
}

/**
 * A chat stream: iterate it for typed events, or use the helpers (`textStream`, `text()`,
 * `finalMessage()`, `usage()`). It is single-pass: the helpers consume whatever the loop has not.
 * It wraps core's stream of server-sent events: each event is parsed once into its typed form and
 * its delta accumulated into a message, checked against the `result` event (see `mismatches`).
 * Breaking out of the loop or calling `abort()` aborts the request.
 *
 * @example
 * ```ts
 * const stream = await client.chat.stream({ model: 'HCX-005', messages });
 * for await (const text of stream.textStream) process.stdout.write(text);
 * console.log(await stream.usage());
 * ```
 */
export class ChatStream<TEvent, TUsage> implements AsyncIterable<TEvent> {
  /** Accumulates the deltas seen so far. */
  readonly accumulator = new ChatMessageAccumulator();
  /** The HTTP response (status, headers). Its body is being consumed by this stream. */
  readonly response: Response;
  /** The request id sent as `X-NCP-CLOVASTUDIO-REQUEST-ID`. */
  readonly requestId: string;
  /** Aborting it aborts the HTTP request. */
  readonly controller: AbortController;
  #events: Stream<TEvent>;
  #parse: (event: ServerSentEvent) => TEvent;
  #step: (event: TEvent) => StreamStep<TUsage>;
  #final: StreamFinal<TUsage> = {};
  #mismatches: string[] = [];
  /** Text delta of the event last yielded, read by `textStream` (so `step` runs once per event). */
  #lastText: string | null | undefined;
  #started = false;
  #done: Promise<void>;
  #settle!: (error?: unknown) => void;

  /**
   * @param source - core's stream of server-sent events (its response, request id and abort are shared).
   * @param parse - types one event.
   * @param step - what each typed event contributes.
   */
  constructor(
    source: Stream<ServerSentEvent>,
    parse: (event: ServerSentEvent) => TEvent,
    step: (event: TEvent) => StreamStep<TUsage>,
  ) {
    this.response = source.response;
    this.requestId = source.requestId;
    this.controller = source.controller;
    this.#parse = parse;
    this.#step = step;
    const tap = () => this.#tap(source[Symbol.asyncIterator]());
    this.#events = new Stream(tap, source.response, source.requestId, source.controller);
    this.#done = new Promise<void>((resolve, reject) => {
      this.#settle = (error) => (error === undefined ? resolve() : reject(error));
    });
    this.#done.catch(() => {});
  }

  /** Iterates the typed events (once). */
  [Symbol.asyncIterator](): AsyncIterator<TEvent> {
    this.#started = true;
    return this.#events[Symbol.asyncIterator]();
  }

  /** Aborts the request: a pending or later `next()` rejects with `APIUserAbortError`. */
  abort(): void {
    this.controller.abort();
  }

  /** A web `ReadableStream` of the typed events; cancelling it aborts the request. */
  toReadableStream(): ReadableStream<TEvent> {
    this.#started = true;
    return this.#events.toReadableStream();
  }

  async *#tap(it: AsyncIterator<ServerSentEvent>): AsyncGenerator<TEvent> {
    let finished = false;
    try {
      for (;;) {
        const r = await it.next();
        if (this.controller.signal.aborted) {
          throw new APIUserAbortError('Stream aborted', { requestId: this.requestId });
        }
        if (r.done) break;
        const event = this.#parse(r.value);
        const step = this.#step(event);
        this.#lastText = step.delta?.content;
        if (step.delta) this.accumulator.add(step.delta);
        if (step.final) this.#addFinal(step.final);
        yield event;
      }
      finished = true;
      this.#settle();
    } catch (error) {
      finished = true;
      withRequestId(error, this.requestId);
      this.#settle(error);
      throw error;
    } finally {
      if (!finished) {
        await it.return?.();
        this.#settle(new ClovaStudioError('The stream was closed before its end'));
      }
    }
  }

  #addFinal(final: StreamFinal<TUsage>): void {
    if (final.message) this.#mismatches = this.accumulator.compare(final.message);
    this.#final = {
      message: final.message ?? this.#final.message,
      finishReason: final.finishReason ?? this.#final.finishReason,
      usage: final.usage ?? this.#final.usage,
    };
  }

  /** Reads the rest of the stream (if nobody is reading it) and waits for its end. */
  async done(): Promise<void> {
    if (!this.#started) {
      for await (const _ of this) {
        // drain
      }
    }
    await this.#done;
  }

  /** Text deltas only, e.g. `for await (const text of stream.textStream)`. */
  get textStream(): AsyncIterable<string> {
    const stream = this;
    return {
      async *[Symbol.asyncIterator]() {
        for await (const _ of stream) {
          const text = stream.#lastText;
          if (text) yield text;
        }
      },
    };
  }

  /** The complete answer text. */
  async text(): Promise<string> {
    return (await this.finalMessage()).content;
  }

  /** The complete message: the `result` event's when there is one, else the assembled deltas. */
  async finalMessage(): Promise<ChatCompletionMessage> {
    await this.done();
    return this.#final.message ?? this.accumulator.message;
  }

  /** Token usage reported at the end of the stream. */
  async usage(): Promise<TUsage | undefined> {
    await this.done();
    return this.#final.usage ?? undefined;
  }

  /** Why generation stopped. */
  async finishReason(): Promise<string | null | undefined> {
    await this.done();
    return this.#final.finishReason;
  }

  /**
   * Fields where the accumulated deltas disagreed with the `result` event (empty when they
   * agree, or before the result arrived). The result event wins in `finalMessage()`.
   */
  get mismatches(): readonly string[] {
    return this.#mismatches;
  }
}
