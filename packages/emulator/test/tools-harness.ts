import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { Hono } from 'hono';
import type { EmulatorClock, EmulatorEnv } from '../src/context.js';
import { ClovaError } from '../src/http/clova-error.js';
import type { ToolsOptions } from '../src/tools/options.js';
import { registerToolRoutes } from '../src/tools/routes.js';
import type { ToolsState } from '../src/tools/state.js';
import { createToolsState } from '../src/tools/state.js';

/** A manual clock for tests: time moves only with `advance`. */
export function manualClock(start = Date.UTC(2026, 0, 5, 3, 0, 0)): EmulatorClock {
  let now = start;
  return {
    now: () => now,
    advance: (ms) => {
      now += ms;
    },
  };
}

/** A running bare app with only the tool routes (stand-in for the app's `startEmulator`). */
export interface ToolsServer {
  url: string;
  state: ToolsState;
  clock: EmulatorClock;
  post(path: string, body: unknown, headers?: Record<string, string>): Promise<Response>;
  get(path: string): Promise<Response>;
  del(path: string): Promise<Response>;
  close(): Promise<void>;
}

/**
 * Serves the tool routes on 127.0.0.1, port 0, behind a minimal JSON-body middleware and an
 * error handler that renders `ClovaError` (anything else → 500, which tests treat as a bug).
 */
export async function startToolsServer(options: ToolsOptions = {}): Promise<ToolsServer> {
  const app = new Hono<EmulatorEnv>();
  app.use(async (c, next) => {
    const type = c.req.header('content-type') ?? '';
    c.set('body', type.includes('json') ? await c.req.json().catch(() => undefined) : undefined);
    await next();
  });
  app.onError((error, c) => {
    if (error instanceof ClovaError) {
      return c.json({ status: { code: error.code, message: error.message } }, error.status as 400);
    }
    return c.json(
      { status: { code: '50000', message: `Internal server error: ${error.message}` } },
      500,
    );
  });
  app.notFound((c) => c.json({ status: { code: '40400', message: 'Not found' } }, 404));
  const state = createToolsState();
  const clock = manualClock();
  registerToolRoutes(app, { options, state, clock });
  const server = serve({ fetch: app.fetch, hostname: '127.0.0.1', port: 0 });
  await new Promise<void>((resolve) => server.once('listening', () => resolve()));
  const { port } = server.address() as AddressInfo;
  const url = `http://127.0.0.1:${port}`;
  const json = { 'content-type': 'application/json' };
  return {
    url,
    state,
    clock,
    post: (path, body, headers = {}) =>
      fetch(url + path, {
        method: 'POST',
        headers: { ...json, ...headers },
        body: typeof body === 'string' ? body : JSON.stringify(body),
      }),
    get: (path) => fetch(url + path),
    del: (path) => fetch(url + path, { method: 'DELETE' }),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** Reads a CLOVA envelope and checks its HTTP status and code. */
export async function expectStatus(
  response: Response,
  status: number,
  code: string,
): Promise<{ status: { code: string; message: string }; result?: unknown }> {
  const body = (await response.json()) as {
    status: { code: string; message: string };
    result?: unknown;
  };
  if (response.status !== status || body.status.code !== code) {
    throw new Error(`expected ${status}/${code}, got ${response.status}/${JSON.stringify(body)}`);
  }
  return body;
}
