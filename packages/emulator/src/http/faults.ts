import { z } from 'zod';
import type { StreamFault } from '../context.ts';

const count = z.number().int().min(0);

/** A fault the emulator injects into a response. */
export const faultSchema = z.object({
  /** Answer with this HTTP status (and `code`, default per status) instead of running the route. */
  status: z.number().int().min(400).max(599).optional(),
  /** CLOVA code of the error (documented message). */
  code: z
    .string()
    .regex(/^\d{5}$/)
    .optional(),
  /** Adds `Retry-After: <seconds>`. */
  retryAfter: count.optional(),
  /** Adds `retry-after-ms: <ms>`. */
  retryAfterMs: count.optional(),
  /** With `status`, answer with an HTML body like a proxy would (e.g. a 502 page). */
  html: z.boolean().optional(),
  /** Destroy the connection before any header is sent. */
  drop: z.boolean().optional(),
  /** Cut a stream (end the socket) after this many events, without a terminal event. */
  cutAfter: count.optional(),
  /** Send this many events, then an `error` event with `code` (default `50000`). */
  errorAfter: count.optional(),
  /** Added delay in ms before the response. */
  latencyMs: count.optional(),
});

/** A fault configured for a route: `path` is a glob (`*` one segment, `**` any depth). */
export const faultRuleSchema = faultSchema.extend({
  /** Glob on the normalised path, e.g. `/v3/chat-completions/*`. */
  path: z.string().min(1),
  /** HTTP method to match (any when absent). */
  method: z.string().optional(),
  /** Apply to the first N matching requests only (every request when absent). */
  times: count.optional(),
});

/** A fault the emulator injects into a response. */
export type Fault = z.infer<typeof faultSchema>;
/** A fault configured for a route. */
export type FaultRule = z.infer<typeof faultRuleSchema>;

/** Header carrying faults on a single request. */
export const FAULT_HEADER = 'x-clova-emulator-fault';

const integer = (v: string | undefined) => {
  const n = Number(v);
  return v !== undefined && v !== '' && Number.isInteger(n) && n >= 0 ? n : undefined;
};

/** Header directives that take a whole number, and the fault field each one sets. */
const COUNT_DIRECTIVES = {
  'retry-after': 'retryAfter',
  'retry-after-ms': 'retryAfterMs',
  'cut-after': 'cutAfter',
  'error-after': 'errorAfter',
  times: 'times',
} as const satisfies Record<string, keyof FaultRule>;

/** Parses `x-clova-emulator-fault` (`status=429; code=42901; retry-after=1`, `drop`, `cut-after=3`, …); unknown directives are ignored. */
export function parseFaultHeader(value: string): FaultRule & { times?: number } {
  const fault: FaultRule = { path: '**' };
  for (const directive of value.split(';')) {
    const [rawKey, ...rest] = directive.split('=');
    const key = rawKey?.trim().toLowerCase() ?? '';
    const v = rest.join('=').trim();
    const n = integer(v);
    if (Object.hasOwn(COUNT_DIRECTIVES, key)) {
      if (n !== undefined) fault[COUNT_DIRECTIVES[key as keyof typeof COUNT_DIRECTIVES]] = n;
    } else if (key === 'status') {
      if (n !== undefined && n >= 400 && n <= 599) fault.status = n;
    } else if (key === 'code') {
      if (/^\d{5}$/.test(v)) fault.code = v;
    } else if (key === 'html' || key === 'drop') fault[key] = true;
    else if (key === 'latency') fault.latencyMs = Math.min(n ?? 0, 600_000);
  }
  return fault;
}

/** The glob `pattern` as a regular expression over paths (`*` within a segment, `**` across segments). */
export function globRegExp(pattern: string): RegExp {
  const source = pattern
    .replace(/\/+$/, '')
    .split('**')
    .map((part) =>
      part
        .split('*')
        .map((s) => s.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
        .join('[^/]*'),
    )
    .join('.*');
  return new RegExp(`^${source}/?$`);
}

/** The stream part of a fault. */
export function streamFaultOf(fault: Fault): StreamFault | undefined {
  if (fault.cutAfter === undefined && fault.errorAfter === undefined) return undefined;
  const out: StreamFault = {};
  if (fault.cutAfter !== undefined) out.cutAfter = fault.cutAfter;
  if (fault.errorAfter !== undefined) {
    out.errorAfter = fault.errorAfter;
    if (fault.code) out.errorCode = fault.code;
  }
  return out;
}
