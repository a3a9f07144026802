import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { createApp } from './app.ts';
import { createClock } from './clock.ts';
import { generateApiKey } from './http/api-key.ts';
import { checkOptions, type EmulatorOptions, type RunningEmulator } from './options.ts';
import { createRequestStore, MAX_RECORDED } from './request-store.ts';
import { listTuningTasks } from './services/tuning-store.ts';

/** Starts an emulator on 127.0.0.1 (or `host`; a free port by default) and resolves once it listens. */
export async function startEmulator(options: EmulatorOptions = {}): Promise<RunningEmulator> {
  checkOptions(options);
  const apiKeys = options.apiKeys?.length ? [...options.apiKeys] : [generateApiKey()];
  const host = options.host ?? '127.0.0.1';
  const clock = createClock(options.timeScale ?? 1);
  const recorded = createRequestStore(options.recordRequests ?? MAX_RECORDED);
  const log = options.log === true ? (line: string) => console.log(line) : options.log || undefined;
  const emulator = createApp({
    credentials: { apiKeys, legacyKeys: options.legacyKeys ?? [] },
    clock,
    latency: {
      firstTokenMs: options.latency?.firstTokenMs ?? 0,
      perTokenMs: options.latency?.perTokenMs ?? 0,
    },
    rateLimits: options.rateLimits === undefined ? {} : options.rateLimits,
    scripts: options.scripts ?? [],
    ...(options.seed ? { seed: options.seed } : {}),
    faults: options.faults ?? [],
    ...(options.routers ? { routers: options.routers } : {}),
    ...(options.skillsets ? { skillsets: options.skillsets } : {}),
    ...(options.tuning ? { tuning: options.tuning } : {}),
    record: recorded.record,
    ...(log ? { log } : {}),
  });

  const server = await new Promise<ReturnType<typeof serve>>((resolve, reject) => {
    const s = serve({ fetch: emulator.app.fetch, port: options.port ?? 0, hostname: host }, () =>
      resolve(s),
    );
    s.once('error', reject);
  });
  const port = (server.address() as AddressInfo).port;
  // a wildcard address listens everywhere; clients reach it on loopback
  const reachable = host === '0.0.0.0' ? '127.0.0.1' : host === '::' ? '::1' : host;
  const urlHost = reachable.includes(':') ? `[${reachable}]` : reachable;

  return {
    url: `http://${urlHost}:${port}`,
    port,
    apiKey: apiKeys[0] as string,
    requests: recorded.requests,
    clock,
    tuningTasks: () => listTuningTasks(emulator.tuningTasks),
    reset: () => {
      recorded.clear();
      emulator.reset();
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        if ('closeAllConnections' in server) server.closeAllConnections();
      }),
  };
}
