import type { RecordedRequest } from './context.js';
import type { ScriptRule } from './engine/script.js';
import type { FaultRule } from './http/faults.js';
import type { RateLimitOptions } from './http/rate-limit.js';
import type { ToolsOptions } from './tools/options.js';

/** Options of {@link startEmulator}; every field is optional. */
export interface EmulatorOptions extends ToolsOptions {
  /** Port to listen on (127.0.0.1). Default 0: a free port. */
  port?: number;
  /** Accepted Bearer keys. Default: one generated `nv-…` key (returned as `apiKey`). */
  apiKeys?: string[];
  /** Accepted legacy key pairs (`X-NCP-CLOVASTUDIO-API-KEY` + `X-NCP-APIGW-API-KEY`). */
  legacyKeys?: { clovaStudioApiKey: string; apigwApiKey: string }[];
  /** Streaming latency: delay before the first event and between events (ms). Default 0 / 0. */
  latency?: { firstTokenMs?: number; perTokenMs?: number };
  /**
   * Requests and tokens per minute, per key and model. Default: the documented test-key table
   * (HCX-005/HCX-007 60 QPM, HCX-DASH-002 90, HCX-003/HCX-DASH-001 200; tools unlimited).
   * Global values apply to every route and model; `false` turns limits off.
   */
  rateLimits?: false | RateLimitOptions;
  /** Scripted replies, matched against the last user message; the first match wins. */
  scripts?: ScriptRule[];
  /** Faults per route. */
  faults?: FaultRule[];
  /** Request log lines: `true` prints to stdout, a function receives each line. Default off. */
  log?: boolean | ((line: string) => void);
}

/** A running emulator, as {@link startEmulator} returns it. */
export interface RunningEmulator {
  /** `http://127.0.0.1:<port>` */
  url: string;
  port: number;
  /** A ready-to-use accepted key: `nv-` + 32 hex + 4 alphanumerics. */
  apiKey: string;
  /** Live log of the requests received. */
  requests: readonly RecordedRequest[];
  /** The emulator clock (tuning tasks and rate-limit windows move on it). */
  clock: { now(): number; advance(ms: number): void };
  /** Current tuning tasks, as the API returns them. */
  tuningTasks(): readonly unknown[];
  /** Clears the request log, rate-limit and fault counters, and tuning tasks. */
  reset(): void;
  /** Stops the server (open streams are closed). */
  close(): Promise<void>;
}
