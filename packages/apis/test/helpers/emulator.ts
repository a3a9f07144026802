import { type EmulatorOptions, type RunningEmulator, startEmulator } from '@clova-studio/emulator';
import { afterAll, beforeAll, beforeEach } from 'vitest';
import { ClovaStudio, type ClovaStudioOptions } from '../../src/index.ts';

/** The emulator fault header. */
export const FAULT = 'x-clova-emulator-fault';

/** A 1×1 PNG as a data URL. */
export const PNG_DATA_URL =
  'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==';

/** One emulator for a test file, and clients pointed at it. */
export interface EmulatorHarness {
  /** Resolves once the emulator is listening. */
  ready: Promise<RunningEmulator>;
  /** The running emulator (after `ready`). */
  readonly emulator: RunningEmulator;
  /** A client for the emulator without retries and with logging off (one per test file). */
  readonly client: ClovaStudio;
  /** A new client for the emulator with `overrides` on those defaults. */
  clientWith(overrides: ClovaStudioOptions): ClovaStudio;
  /** Requests the emulator has received for `path` (exact path). */
  requestsTo(path: string): RunningEmulator['requests'];
}

/**
 * Starts one emulator for the test file (rate limits off unless given), resets it before each
 * test, and closes it after the file.
 */
export function useEmulator(options: EmulatorOptions = {}): EmulatorHarness {
  let running: RunningEmulator | undefined;
  let client: ClovaStudio | undefined;
  const ready = startEmulator({ rateLimits: false, ...options }).then((e) => {
    running = e;
    return e;
  });
  const started = (): RunningEmulator => {
    if (!running) throw new Error('emulator not started yet: await `ready` first');
    return running;
  };
  const clientWith = (overrides: ClovaStudioOptions) =>
    new ClovaStudio({
      apiKey: started().apiKey,
      baseURL: started().url,
      maxRetries: 0,
      logLevel: 'off',
      ...overrides,
    });
  beforeAll(() => ready);
  beforeEach(async () => (await ready).reset());
  afterAll(async () => (await ready).close());
  return {
    ready,
    get emulator() {
      return started();
    },
    get client() {
      client ??= clientWith({});
      return client;
    },
    clientWith,
    requestsTo: (path) => started().requests.filter((r) => r.path === path),
  };
}
