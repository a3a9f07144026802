import type { MiddlewareHandler } from 'hono';
import { z } from 'zod';
import type { EmulatorClock, EmulatorEnv } from '../context.ts';
import { findModel } from '../engine/models.ts';
import { fail } from './fail.ts';
import { readHeader } from './header.ts';

/** Requests and tokens allowed per minute. */
export const rateLimitSchema = z.object({
  /** Requests per minute (unlimited when absent). */
  requestsPerMinute: z.number().int().positive().optional(),
  /** Tokens (prompt + completion) per minute (unlimited when absent). */
  tokensPerMinute: z.number().int().positive().optional(),
});

/** Rate-limit options: global limits for every route, and per-model (or per-bucket) overrides. */
export const rateLimitOptionsSchema = rateLimitSchema.extend({
  /** Limits of one model (or bucket: `task:<id>`, a tool path); they replace the global ones. */
  perModel: z.record(z.string(), rateLimitSchema).optional(),
});

/** Requests and tokens allowed per minute. */
export type RateLimit = z.infer<typeof rateLimitSchema>;
/** Rate-limit options. */
export type RateLimitOptions = z.infer<typeof rateLimitOptionsSchema>;

const WINDOW_MS = 60_000;

interface Window {
  start: number;
  requests: number;
  tokens: number;
}

/** The bucket a request counts against: the model (path or OpenAI `model`), a task, or the route. */
export function rateBucket(path: string, body: unknown): string {
  const model = path.match(
    /^\/v[13]\/(?:chat-completions|completions|api-tools\/[^/]+(?:\/[^/]+)?)\/([^/]+)$/,
  )?.[1];
  if (model && findModel(model)) return model;
  if (path.startsWith('/v1/openai/') && body && typeof body === 'object' && 'model' in body) {
    const name = (body as { model: unknown }).model;
    if (typeof name === 'string' && name.length <= 100) return name;
  }
  const task = path.match(/^\/v[123]\/tasks\/([^/]+)\//)?.[1];
  if (task) return `task:${task}`;
  // ids (segments of 8+ characters with a digit) collapse, so e.g. every tuning task shares one bucket
  return path.replace(/\/(?=[^/]*\d)[^/]{8,}(?=\/|$)/g, '/*');
}

/** `x-ratelimit-{limit,remaining,reset}-<kind>` for one limit that is in force. */
function limitHeaders(
  kind: 'requests' | 'tokens',
  limit: number,
  used: number,
  reset: string,
): Record<string, string> {
  return {
    [`x-ratelimit-limit-${kind}`]: String(limit),
    [`x-ratelimit-remaining-${kind}`]: String(Math.max(0, limit - used)),
    [`x-ratelimit-reset-${kind}`]: reset,
  };
}

/**
 * Per-key, per-bucket limits on requests and tokens per minute (fixed windows on the emulator
 * clock). Over a limit the request gets `429 42901` with `x-ratelimit-*` headers.
 */
export class RateLimiter {
  private readonly windows = new Map<string, Window>();
  /** The global limits, when the options set any (they then apply to every bucket). */
  private readonly global: RateLimit | undefined;

  constructor(
    private readonly options: RateLimitOptions | false,
    private readonly clock: EmulatorClock,
  ) {
    if (
      options !== false &&
      (options.requestsPerMinute !== undefined || options.tokensPerMinute !== undefined)
    ) {
      this.global = {
        requestsPerMinute: options.requestsPerMinute,
        tokensPerMinute: options.tokensPerMinute,
      };
    }
  }

  /** Forgets every counter. */
  reset(): void {
    this.windows.clear();
  }

  /** The limits of `bucket`: its `perModel` entry, else the global limits, else the documented test-key table. */
  limitOf(bucket: string): RateLimit | undefined {
    if (this.options === false) return undefined;
    const perModel = this.options.perModel;
    if (perModel && Object.hasOwn(perModel, bucket)) return perModel[bucket];
    return this.global ?? findModel(bucket)?.rateLimit;
  }

  private window(key: string): Window {
    const now = this.clock.now();
    let w = this.windows.get(key);
    if (!w || now - w.start >= WINDOW_MS) {
      w = { start: now, requests: 0, tokens: 0 };
      this.windows.set(key, w);
    }
    return w;
  }

  /** Middleware: checks the limits before the route and counts the request's tokens after it. */
  middleware(): MiddlewareHandler<EmulatorEnv> {
    return async (c, next) => {
      if (this.options === false) return next();
      const bucket = rateBucket(c.req.path, c.get('body'));
      const limit = this.limitOf(bucket);
      if (!limit) return next();
      const key = `${c.get('apiKey')}\u0000${bucket}`;
      const w = this.window(key);
      const rpm = limit.requestsPerMinute ?? Number.POSITIVE_INFINITY;
      const tpm = limit.tokensPerMinute ?? Number.POSITIVE_INFINITY;
      if (w.requests >= rpm || w.tokens >= tpm) {
        // the wait a client has to take, in real seconds (the window runs on the emulator clock)
        const left = this.clock.toRealMs(w.start + WINDOW_MS - this.clock.now());
        const reset = `${Math.max(1, Math.ceil(left / 1000))}s`;
        const headers: Record<string, string> = {};
        if (Number.isFinite(rpm))
          Object.assign(headers, limitHeaders('requests', rpm, w.requests, reset));
        if (Number.isFinite(tpm))
          Object.assign(headers, limitHeaders('tokens', tpm, w.tokens, reset));
        throw fail('42901', undefined, headers);
      }
      w.requests++;
      c.set('tokens', undefined);
      const before = w;
      await next();
      if (c.res.status >= 400) return;
      const bodyLength = Number(readHeader(c, 'content-length') ?? '0');
      before.tokens +=
        c.get('tokens') ?? Math.ceil((Number.isFinite(bodyLength) ? bodyLength : 0) / 4);
    };
  }
}
