import { withRequestId } from './errors.ts';

/** A response whose headers have arrived, before its body is read. */
export interface RawResponse {
  /** The `fetch` response (body unread). */
  response: Response;
  /** The request id sent as `X-NCP-CLOVASTUDIO-REQUEST-ID`. */
  requestId: string;
}

/** What {@link APIPromise.withResponse} resolves to. */
export interface WithResponse<T> {
  /** The parsed result. */
  data: T;
  /** The raw response: status, headers (rate-limit headers, …). Its body has been read (for a stream: is being read). */
  response: Response;
  /** The request id sent as `X-NCP-CLOVASTUDIO-REQUEST-ID`. */
  requestId: string;
}

/**
 * A promise of parsed data that also gives access to the raw `Response`. Await it for the data;
 * call {@link APIPromise.withResponse} for data, response and request id together, or
 * {@link APIPromise.asResponse} for the unread response alone. The body is parsed only once,
 * on first use; {@link APIPromise.map} derives a promise of another type that reads it lazily too.
 */
export class APIPromise<T> extends Promise<T> {
  #raw: Promise<RawResponse>;
  #parse: (raw: RawResponse) => Promise<T>;
  #parsed: Promise<T> | undefined;

  /**
   * @param raw - resolves once the response headers arrive (after retries).
   * @param parse - reads and parses the body.
   */
  constructor(raw: Promise<RawResponse>, parse: (raw: RawResponse) => Promise<T>) {
    super((resolve) => resolve(null as T));
    this.#raw = raw;
    this.#parse = parse;
  }

  /**
   * An `APIPromise` that rejects with `error`, sending nothing: how an endpoint reports a request
   * it refused to send (a `RequestValidationError`), so `await` and `.catch()` both see it.
   */
  static rejected<T = never>(error: unknown): APIPromise<T> {
    const failed = Promise.reject(error);
    // a call nobody awaits must not become an unhandled rejection; awaiting callers still see it
    failed.catch(() => {});
    return new APIPromise<T>(failed, () => failed);
  }

  /**
   * An `APIPromise` of `fn(data)`, sharing this one's response: `asResponse()` still gives the
   * unread response, and the body is read and mapped only when the data is asked for.
   */
  map<U>(fn: (data: T) => U): APIPromise<U> {
    return new APIPromise<U>(this.#raw, async () => fn(await this.#data()));
  }

  /** `then`/`catch`/`finally` return plain promises. */
  static override get [Symbol.species](): PromiseConstructor {
    return Promise;
  }

  #data(): Promise<T> {
    this.#parsed ??= this.#raw.then((raw) =>
      this.#parse(raw).catch((error: unknown) => {
        throw withRequestId(error, raw.requestId);
      }),
    );
    return this.#parsed;
  }

  /** The raw `Response`, body unread. Errors (HTTP, network, timeout) still reject typed. */
  asResponse(): Promise<Response> {
    return this.#raw.then((r) => r.response);
  }

  /** The parsed data with the raw `Response` and the request id. */
  async withResponse(): Promise<WithResponse<T>> {
    const [data, raw] = await Promise.all([this.#data(), this.#raw]);
    return { data, response: raw.response, requestId: raw.requestId };
  }

  // biome-ignore lint/suspicious/noThenProperty: an APIPromise is a promise on purpose.
  override then<A = T, B = never>(
    onfulfilled?: ((value: T) => A | PromiseLike<A>) | null,
    onrejected?: ((reason: unknown) => B | PromiseLike<B>) | null,
  ): Promise<A | B> {
    return this.#data().then(onfulfilled, onrejected);
  }

  override catch<B = never>(
    onrejected?: ((reason: unknown) => B | PromiseLike<B>) | null,
  ): Promise<T | B> {
    return this.#data().catch(onrejected);
  }

  override finally(onfinally?: (() => void) | null): Promise<T> {
    return this.#data().finally(onfinally);
  }
}
