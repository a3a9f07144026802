import { z } from 'zod';
import type { EmulatorClock, RecordedRequest } from './context.ts';
import { scriptRuleSchema } from './engine/script.ts';
import { faultRuleSchema } from './http/faults.ts';
import { rateLimitOptionsSchema } from './http/rate-limit.ts';
import { servicesOptionsSchema } from './services/options.ts';
import type { TuningTaskView } from './services/tuning-task.ts';

/** Options of {@link startEmulator} (every field optional); the CLI config file is its JSON form. */
export const emulatorOptionsSchema = servicesOptionsSchema.extend({
  /** Port to listen on. Default 0: a free port. */
  port: z.number().int().min(0).max(65535).optional(),
  /** Address to listen on. Default `127.0.0.1` (loopback only); `0.0.0.0` listens on every interface. */
  host: z.string().min(1).optional(),
  /**
   * Seed of the requests that send none (or `seed: 0`): the same request then gets the same
   * answer (text, ids, `created`) run after run. Default: a random seed per request, as the
   * service does.
   */
  seed: z.number().int().min(1).max(4294967295).optional(),
  /** Accepted Bearer keys. Default: one generated `nv-…` key (returned as `apiKey`). */
  apiKeys: z.array(z.string().min(1)).optional(),
  /** Accepted legacy key pairs (`X-NCP-CLOVASTUDIO-API-KEY` + `X-NCP-APIGW-API-KEY`). */
  legacyKeys: z
    .array(z.object({ clovaStudioApiKey: z.string().min(1), apigwApiKey: z.string().min(1) }))
    .optional(),
  /** Streaming latency: delay before the first event and between events (ms). Default 0 / 0. */
  latency: z
    .object({
      firstTokenMs: z.number().min(0).optional(),
      perTokenMs: z.number().min(0).optional(),
    })
    .optional(),
  /**
   * Requests and tokens per minute, per key and model. Default: the documented test-key table
   * (HCX-005/HCX-007 60 QPM, HCX-DASH-002 90, HCX-003/HCX-DASH-001 200; the APIs beside chat unlimited).
   * Global values apply to every route and model; `false` turns limits off.
   */
  rateLimits: z.union([z.literal(false), rateLimitOptionsSchema]).optional(),
  /**
   * How fast the emulator clock runs against real time: `60` makes a minute pass every second
   * (tuning progress, rate-limit windows and their `x-ratelimit-reset-*` headers). Latency
   * options stay in real milliseconds. Default 1.
   */
  timeScale: z.number().positive().max(1_000_000).optional(),
  /** Scripted replies, matched against the last user message; the first match wins. */
  scripts: z.array(scriptRuleSchema).optional(),
  /** Faults per route. */
  faults: z.array(faultRuleSchema).optional(),
  /** How many requests `requests` keeps (the oldest half goes past it); 0 records none. Default 10,000. */
  recordRequests: z.number().int().min(0).optional(),
  /** Request log lines: `true` prints to stdout, a function receives each line. Default off. */
  log: z
    .union([z.boolean(), z.custom<(line: string) => void>((value) => typeof value === 'function')])
    .optional(),
});

/** Options of {@link startEmulator}; every field is optional. */
export type EmulatorOptions = z.input<typeof emulatorOptionsSchema>;

/** `path.to.field: message` for the first issue of a failed parse. */
export function describeIssue(error: z.ZodError): string {
  const issue = error.issues[0];
  return `${issue?.path.join('.') || '(root)'}: ${issue?.message ?? 'invalid'}`;
}

/** Validates options, throwing a `TypeError` that names the first offending field. */
export function checkOptions(options: unknown): EmulatorOptions {
  const parsed = emulatorOptionsSchema.safeParse(options);
  if (!parsed.success)
    throw new TypeError(`Invalid emulator options: ${describeIssue(parsed.error)}`);
  return options as EmulatorOptions;
}

/** A running emulator, as {@link startEmulator} returns it. */
export interface RunningEmulator {
  /** `http://<host>:<port>` (`http://127.0.0.1:<port>` by default, and for `0.0.0.0`). */
  url: string;
  /** The port it listens on. */
  port: number;
  /** A ready-to-use accepted key: `nv-` + 32 hex + 4 alphanumerics. */
  apiKey: string;
  /** Live log of the requests received. */
  requests: readonly RecordedRequest[];
  /** The emulator clock (tuning tasks and rate-limit windows move on it, `timeScale` times real time). */
  clock: EmulatorClock;
  /** Current tuning tasks, as the API returns them. */
  tuningTasks(): readonly TuningTaskView[];
  /** Clears the request log, rate-limit and fault counters, and tuning tasks. */
  reset(): void;
  /** Stops the server (open streams are closed). */
  close(): Promise<void>;
}
