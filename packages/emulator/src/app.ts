import { Hono } from 'hono';
import type { EmulatorClock, EmulatorEnv, RecordedRequest } from './context.js';
import type { ScriptRule } from './engine/script.js';
import { authMiddleware, type Credentials } from './http/auth.js';
import { bodyMiddleware } from './http/body.js';
import { ClovaError } from './http/clova-error.js';
import { errorResponse } from './http/error-envelope.js';
import { fail } from './http/fail.js';
import { FaultInjector } from './http/fault-middleware.js';
import type { FaultRule } from './http/faults.js';
import { getNormalizedPath } from './http/normalize-path.js';
import { RateLimiter, type RateLimitOptions } from './http/rate-limit.js';
import { requestLogMiddleware } from './http/request-log.js';
import { registerChatV1Routes } from './routes/chat-v1.js';
import { registerChatV3Routes } from './routes/chat-v3.js';
import { registerCompletionRoutes } from './routes/completions.js';
import { registerOpenAiRoutes } from './routes/openai.js';
import { registerToolRoutes } from './routes/services.js';
import { registerSlidingWindowRoutes } from './routes/sliding-window.js';
import { registerTokenizeRoutes } from './routes/tokenize.js';
import type { EmulatorRuntime } from './runtime.js';
import type { ToolsOptions } from './services/options.js';
import { createToolsState, resetToolsState, type ToolsState } from './services/state.js';

/** Everything {@link createApp} needs (options already resolved). */
export interface AppConfig {
  /** Accepted Bearer keys and legacy key pairs. */
  credentials: Credentials;
  /** The emulator clock (rate-limit windows, tuning tasks, `created`). */
  clock: EmulatorClock;
  /** Delay before the first stream event and between events, in ms. */
  latency: { firstTokenMs: number; perTokenMs: number };
  /** Rate limits (`{}`: the documented test-key table), or `false` for none. */
  rateLimits: false | RateLimitOptions;
  /** Scripted replies, matched against the last user message. */
  scripts: readonly ScriptRule[];
  /** Faults configured per route. */
  faults: readonly FaultRule[];
  /** Routers, skillsets and tuning timings of the tool endpoints. */
  tools: ToolsOptions;
  /** Receives every answered request, and the size of its body as received (bytes). */
  record: (request: RecordedRequest, bodyBytes: number) => void;
  /** Receives every request-log line. */
  log?: (line: string) => void;
}

/** The emulator app with the handles its owner needs. */
export interface EmulatorApp {
  /** The Hono app; serve `app.fetch` with any adapter. */
  app: Hono<EmulatorEnv>;
  /** Tuning tasks and the clock binding of the tool endpoints. */
  toolsState: ToolsState;
  /** Clears rate-limit and fault counters and tuning tasks. */
  reset(): void;
}

/**
 * Builds the Hono app: path normalisation (`/testapp`, `/serviceapp`, trailing slash), request
 * log, faults, auth, body parsing, rate limits, then every route; errors become CLOVA envelopes.
 */
export function createApp(config: AppConfig): EmulatorApp {
  const app = new Hono<EmulatorEnv>({ getPath: getNormalizedPath });
  const faults = new FaultInjector(config.faults);
  const limiter = new RateLimiter(config.rateLimits, config.clock);
  const toolsState = createToolsState(config.clock);
  const runtime: EmulatorRuntime = {
    clock: config.clock,
    scripts: config.scripts,
    latency: config.latency,
    toolsState,
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

  registerChatV3Routes(app, runtime);
  registerChatV1Routes(app, runtime);
  registerCompletionRoutes(app, runtime);
  registerOpenAiRoutes(app, runtime);
  registerTokenizeRoutes(app);
  registerSlidingWindowRoutes(app);
  registerToolRoutes(app, { options: config.tools, state: toolsState, clock: config.clock });

  return {
    app,
    toolsState,
    reset: () => {
      faults.reset();
      limiter.reset();
      resetToolsState(toolsState);
    },
  };
}
