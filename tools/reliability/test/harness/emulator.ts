import { fork } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ClovaStudio, type ClovaStudioOptions } from '@clova-studio/apis';
import { type EmulatorOptions, type RunningEmulator, startEmulator } from '@clova-studio/emulator';
import { afterAll } from 'vitest';

export { FAULT_HEADER } from '@clova-studio/emulator';

/** Client options of the campaign: two retries with short backoff, bounded attempts and streams. */
export const CAMPAIGN_CLIENT: ClovaStudioOptions = {
  maxRetries: 2,
  retryBackoff: { initialDelay: 20, maxDelay: 100 },
  timeout: 5_000,
  streamIdleTimeout: 5_000,
  logLevel: 'off',
};

/** A client of the campaign for a server at `url`, with `overrides`. */
export function clientFor(
  server: { url: string; apiKey: string },
  overrides: ClovaStudioOptions = {},
): ClovaStudio {
  return new ClovaStudio({
    apiKey: server.apiKey,
    baseURL: server.url,
    ...CAMPAIGN_CLIENT,
    ...overrides,
  });
}

/** Starts an emulator in this process for the test file (rate limits off) and closes it after. */
export function useEmulator(options: EmulatorOptions = {}) {
  let emulator: RunningEmulator | undefined;
  const ready = startEmulator({ rateLimits: false, ...options }).then((e) => {
    emulator = e;
    return e;
  });
  afterAll(async () => {
    await (await ready).close();
  });
  return {
    ready,
    get emu(): RunningEmulator {
      if (!emulator) throw new Error('emulator not started yet');
      return emulator;
    },
    /** How many attempts of the logical request `requestId` the emulator saw. */
    attempts(requestId: string): number {
      return this.emu.requests.filter((r) => r.requestId === requestId).length;
    },
  };
}

/** An emulator in a child process: the client process's CPU, heap and handles are its own. */
export interface EmulatorProcess {
  url: string;
  apiKey: string;
  close(): Promise<void>;
}

const child = join(dirname(fileURLToPath(import.meta.url)), 'emulator-child.mjs');

/** Starts the emulator in a child process with `options` (JSON-serialisable ones). */
export async function startEmulatorProcess(
  options: EmulatorOptions = {},
): Promise<EmulatorProcess> {
  const proc = fork(child, [JSON.stringify({ rateLimits: false, ...options })], {
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const ready = await new Promise<{ url: string; apiKey: string }>((resolve, reject) => {
    proc.once('message', (m) => resolve(m as { url: string; apiKey: string }));
    proc.once('exit', (code) => reject(new Error(`emulator process exited with ${code}`)));
  });
  proc.channel?.unref();
  return {
    ...ready,
    close: () =>
      new Promise<void>((resolve) => {
        if (proc.exitCode !== null) return resolve();
        proc.once('exit', () => resolve());
        proc.kill();
      }),
  };
}
