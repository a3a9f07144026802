/**
 * Types every part of the emulator shares: the recorded request, the clock, the context every
 * route receives, the Hono environment (what the middlewares hand to the routes) and the stream
 * faults.
 */
import type { Hono } from 'hono';
import type { ScriptRule } from './engine/script.ts';
import type { ResolvedServices } from './services/options.ts';
import type { TuningState } from './services/tuning-store.ts';

/** A request the emulator received, as the test handle records it. */
export interface RecordedRequest {
  /** HTTP method, e.g. `POST`. */
  method: string;
  /** Path with any `/testapp` or `/serviceapp` prefix and trailing slash removed. */
  path: string;
  /** Request headers with lower-case names (credentials included). */
  headers: Record<string, string>;
  /** Parsed JSON body, or the raw text when it was not JSON, or `undefined` when empty. */
  body: unknown;
  /** HTTP status of the answer. */
  status: number;
  /** CLOVA code of the answer (`20000`, `40001`, …; `drop` for a dropped connection). */
  code: string;
  /** `X-NCP-CLOVASTUDIO-REQUEST-ID` as sent, if any. */
  requestId: string | undefined;
  /** Time to answer in ms (for a stream: until it started). */
  durationMs: number;
  /**
   * `true` when the client closed the connection before the answer was complete (a stream it
   * cut, a request it aborted while the emulator was still answering); `false` otherwise, also
   * when the emulator itself cut the connection (a `drop` or `cut-after` fault). The entry is
   * recorded when the answer starts, so this can turn `true` a moment after the client aborts.
   */
  aborted: boolean;
}

/**
 * The emulator's clock: tuning progress, rate-limit windows and their reset headers move on it.
 * It runs `timeScale` times as fast as real time, and tests can move it forward.
 */
export interface EmulatorClock {
  /** How many emulator milliseconds pass per real millisecond (the `timeScale` option; default 1). */
  readonly timeScale: number;
  /** Milliseconds since the epoch, as the emulator sees them. */
  now(): number;
  /** Moves the emulator's time forward by `ms`. */
  advance(ms: number): void;
  /** The real milliseconds that `ms` of emulator time take (`ms / timeScale`). */
  toRealMs(ms: number): number;
}

/** Delay before the first stream event and between events, in real milliseconds. */
export interface Latency {
  /** Before the first event. */
  firstTokenMs: number;
  /** Between two events. */
  perTokenMs: number;
}

/**
 * What every route receives (one object per running emulator): the resolved options and the
 * emulator's state. Per-request values (body, key, request id) are in the Hono context instead.
 */
export interface EmulatorContext extends ResolvedServices {
  /** The emulator clock (tuning, rate-limit windows, `created`). */
  clock: EmulatorClock;
  /** Streaming latency; non-streaming replies wait as long as the stream would take. */
  latency: Latency;
  /** Scripted replies, matched against the last user message. */
  scripts: readonly ScriptRule[];
  /** The tuning tasks created through the tuning API. */
  tuningTasks: TuningState;
  /** Seed of the chat requests that send none (`undefined`: a random one per request). */
  seed: number | undefined;
}

/** The shape of every `routes/*.ts` module's export: registers that API's routes on `app`. */
export type RegisterRoutes = (app: Hono<EmulatorEnv>, ctx: EmulatorContext) => void;

/** Hono environment of every route: the parsed JSON body is in `c.get('body')`. */
export interface EmulatorEnv {
  Variables: {
    /** The request body parsed as JSON (set by the app before any route runs; `undefined` if empty). */
    body: unknown;
    /** The key (or legacy key pair, joined) the request authenticated with. */
    apiKey: string;
    /** The request id from `X-NCP-CLOVASTUDIO-REQUEST-ID`, or one the emulator made up. */
    requestId: string;
    /** Stream faults requested for this request (the SSE writer in `http/sse.ts` applies them). */
    streamFault: StreamFault | undefined;
    /** Streaming latency for this request (the SSE writer in `http/sse.ts` applies it). */
    latency: Latency | undefined;
    /** CLOVA code of the response, for the request log (set by the error handler and the writers). */
    responseCode: string | undefined;
    /** Tokens the request consumed (prompt + completion), for tokens-per-minute limits. */
    tokens: number | undefined;
  };
}

/** Faults that act on a stream once it has started. */
export interface StreamFault {
  /** End the connection after this many events, without a terminal event. */
  cutAfter?: number;
  /** After this many events, send an `error` event with `errorCode` and end the stream. */
  errorAfter?: number;
  /** CLOVA code of the `error` event (default `50000`). */
  errorCode?: string;
}
