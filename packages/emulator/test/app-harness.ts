import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import type { EmulatorClock } from '../src/context.ts';
import { createApp } from '../src/index.ts';
import type { ServicesOptions } from '../src/services/options.ts';
import type { TuningState } from '../src/services/tuning-store.ts';

/** A manual clock for tests: time moves only with `advance`. */
export function manualClock(start = Date.UTC(2026, 0, 5, 3, 0, 0)): EmulatorClock {
  let now = start;
  return {
    timeScale: 1,
    now: () => now,
    advance: (ms) => {
      now += ms;
    },
    toRealMs: (ms) => ms,
  };
}

/** A running emulator app on a manual clock, with helpers that send the key. */
export interface AppServer {
  url: string;
  state: TuningState;
  clock: EmulatorClock;
  /** The `authorization` header the helpers send, for hand-made requests. */
  auth: Record<string, string>;
  post(path: string, body: unknown, headers?: Record<string, string>): Promise<Response>;
  get(path: string): Promise<Response>;
  del(path: string): Promise<Response>;
  close(): Promise<void>;
}

const KEY = 'nv-00000000000000000000000000000000Tool';

/**
 * Serves the emulator app ({@link createApp}, so with its real auth, body parsing and error
 * envelopes; rate limits off) on 127.0.0.1, port 0, on a manual clock. Requests carry a valid key.
 */
export async function startAppServer(options: ServicesOptions = {}): Promise<AppServer> {
  const clock = manualClock();
  const { app, tuningTasks: state } = createApp({
    credentials: { apiKeys: [KEY], legacyKeys: [] },
    clock,
    latency: { firstTokenMs: 0, perTokenMs: 0 },
    rateLimits: false,
    scripts: [],
    faults: [],
    ...options,
    record: () => undefined,
  });
  const server = serve({ fetch: app.fetch, hostname: '127.0.0.1', port: 0 });
  await new Promise<void>((resolve) => server.once('listening', () => resolve()));
  const { port } = server.address() as AddressInfo;
  const url = `http://127.0.0.1:${port}`;
  const auth = { authorization: `Bearer ${KEY}` };
  return {
    url,
    state,
    clock,
    auth,
    post: (path, body, headers = {}) =>
      fetch(url + path, {
        method: 'POST',
        headers: { ...auth, 'content-type': 'application/json', ...headers },
        body: typeof body === 'string' ? body : JSON.stringify(body),
      }),
    get: (path) => fetch(url + path, { headers: auth }),
    del: (path) => fetch(url + path, { method: 'DELETE', headers: auth }),
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
