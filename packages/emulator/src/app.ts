import { Hono } from 'hono';
import type {
  EmulatorClock,
  EmulatorContext,
  EmulatorEnv,
  Latency,
  RecordedRequest,
} from './context.ts';
import type { ScriptRule } from './engine/script.ts';
import { authMiddleware, type Credentials } from './http/auth.ts';
import { bodyMiddleware } from './http/body.ts';
import { ClovaError } from './http/clova-error.ts';
import { errorResponse } from './http/error-envelope.ts';
import { fail } from './http/fail.ts';
import { FaultInjector } from './http/fault-middleware.ts';
import type { FaultRule } from './http/faults.ts';
import { getNormalizedPath } from './http/normalize-path.ts';
import { RateLimiter, type RateLimitOptions } from './http/rate-limit.ts';
import { requestLogMiddleware } from './http/request-log.ts';
import { registerRoutes } from './routes/index.ts';
import { resolveServices, type ServicesOptions } from './services/options.ts';
import { createTuningState, resetTuningState, type TuningState } from './services/tuning-store.ts';

/** Everything {@link createApp} needs (options already resolved). */
export interface AppConfig extends ServicesOptions {
  /** Accepted Bearer keys and legacy key pairs. */
  credentials: Credentials;
  /** The emulator clock (rate-limit windows, tuning tasks, `created`). */
  clock: EmulatorClock;
  /** Delay before the first stream event and between events, in ms. */
  latency: Latency;
  /** Rate limits (`{}`: the documented test-key table), or `false` for none. */
  rateLimits: false | RateLimitOptions;
  /** Scripted replies, matched against the last user message. */
  scripts: readonly ScriptRule[];
  /** Seed of the chat requests that send none (default: a random one per request). */
  seed?: number;
  /** Faults configured per route. */
  faults: readonly FaultRule[];
  /** Receives every answered request, and the size of its body as received (bytes). */
  record: (request: RecordedRequest, bodyBytes: number) => void;
  /** Receives every request-log line. */
  log?: (line: string) => void;
}

/** The emulator app with the handles its owner needs. */
export interface EmulatorApp {
  /** The Hono app; serve `app.fetch` with any adapter. */
  app: Hono<EmulatorEnv>;
  /** The tuning tasks created through the tuning API. */
  tuningTasks: TuningState;
  /** Clears rate-limit and fault counters and tuning tasks. */
  reset(): void;
}

/**
 * Builds the Hono app: path normalisation (`/testapp`, `/serviceapp`, trailing slash), request
 * log, faults, auth, body parsing, rate limits, then every route with one {@link EmulatorContext};
 * errors become CLOVA envelopes.
 */
export function createApp(config: AppConfig): EmulatorApp {
  const app = new Hono<EmulatorEnv>({ getPath: getNormalizedPath });
  const faults = new FaultInjector(config.faults);
  const limiter = new RateLimiter(config.rateLimits, config.clock);
  const ctx: EmulatorContext = {
    ...resolveServices({
      ...(config.routers ? { routers: config.routers } : {}),
      ...(config.skillsets ? { skillsets: config.skillsets } : {}),
      ...(config.tuning ? { tuning: config.tuning } : {}),
    }),
    clock: config.clock,
    latency: config.latency,
    scripts: config.scripts,
    seed: config.seed,
    tuningTasks: createTuningState(config.clock),
  };

  app.onError((error, c) => {
    const clova = error instanceof ClovaError ? error : fail('50000');
    // an unexpected error is an emulator bug: say so in the log (the client gets 500 50000)
    if (!(error instanceof ClovaError))
      config.log?.(`emulator error: ${error.stack ?? error.message}`);
    c.set('responseCode', clova.code);
    return errorResponse(clova, c.req.path);
  });
  app.notFound((c) => {
    c.set('responseCode', '40400');
    return errorResponse(fail('40400'), c.req.path);
  });

  app.use(requestLogMiddleware(config.record, config.log));
  app.use(faults.middleware(config.latency));
  app.use(authMiddleware(config.credentials));
  app.use(bodyMiddleware());
  app.use(limiter.middleware());
  registerRoutes(app, ctx);

  return {
    app,
    tuningTasks: ctx.tuningTasks,
    reset: () => {
      faults.reset();
      limiter.reset();
      resetTuningState(ctx.tuningTasks);
    },
  };
}
