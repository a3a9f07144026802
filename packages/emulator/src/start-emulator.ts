import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { createApp } from './app.js';
import { createClock } from './clock.js';
import type { RecordedRequest } from './context.js';
import { generateApiKey } from './http/api-key.js';
import { checkOptions, type EmulatorOptions, type RunningEmulator } from './options.js';
import { listTuningTasks } from './tools/state.js';

/** Default of `recordRequests`: how many requests `requests` holds (past it, the oldest half is dropped). */
export const MAX_RECORDED = 10_000;

/** Starts an emulator on 127.0.0.1 (a free port by default) and resolves once it listens. */
export async function startEmulator(options: EmulatorOptions = {}): Promise<RunningEmulator> {
  checkOptions(options);
  const apiKeys = options.apiKeys?.length ? [...options.apiKeys] : [generateApiKey()];
  const clock = createClock(options.timeScale ?? 1);
  const requests: RecordedRequest[] = [];
  const keep = options.recordRequests ?? MAX_RECORDED;
  const log = options.log === true ? (line: string) => console.log(line) : options.log || undefined;
  const tools = {
    ...(options.routers ? { routers: options.routers } : {}),
    ...(options.skillsets ? { skillsets: options.skillsets } : {}),
    ...(options.tuning ? { tuning: options.tuning } : {}),
  };
  const emulator = createApp({
    credentials: { apiKeys, legacyKeys: options.legacyKeys ?? [] },
    clock,
    latency: {
      firstTokenMs: options.latency?.firstTokenMs ?? 0,
      perTokenMs: options.latency?.perTokenMs ?? 0,
    },
    rateLimits: options.rateLimits === undefined ? {} : options.rateLimits,
    scripts: options.scripts ?? [],
    faults: options.faults ?? [],
    tools,
    record: (r) => {
      if (keep <= 0) return;
      if (requests.length >= keep) requests.splice(0, Math.ceil(keep / 2));
      requests.push(r);
    },
    ...(log ? { log } : {}),
  });

  const server = await new Promise<ReturnType<typeof serve>>((resolve, reject) => {
    const s = serve(
      { fetch: emulator.app.fetch, port: options.port ?? 0, hostname: '127.0.0.1' },
      () => resolve(s),
    );
    s.once('error', reject);
  });
  const port = (server.address() as AddressInfo).port;

  return {
    url: `http://127.0.0.1:${port}`,
    port,
    apiKey: apiKeys[0] as string,
    requests,
    clock,
    tuningTasks: () => listTuningTasks(emulator.toolsState),
    reset: () => {
      requests.length = 0;
      emulator.reset();
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        if ('closeAllConnections' in server) server.closeAllConnections();
      }),
  };
}
