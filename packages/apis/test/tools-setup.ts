import { type EmulatorOptions, type RunningEmulator, startEmulator } from '@clova-studio/emulator';
import { afterAll, beforeAll, beforeEach } from 'vitest';
import { ClovaStudio } from '../src/index';

/** An emulator and a client pointed at it, started once per test file and reset before each test. */
export interface ToolsHarness {
  emulator: RunningEmulator;
  client: ClovaStudio;
  /** Requests the emulator has received for `path` (exact, prefix-free path). */
  requestsTo(path: string): RunningEmulator['requests'];
}

/** Starts an emulator (rate limits off unless given) and a `ClovaStudio` client without retries. */
export function useEmulator(options: EmulatorOptions = {}): ToolsHarness {
  const harness = {} as ToolsHarness;
  beforeAll(async () => {
    harness.emulator = await startEmulator({ rateLimits: false, ...options });
    harness.client = new ClovaStudio({
      apiKey: harness.emulator.apiKey,
      baseURL: harness.emulator.url,
      maxRetries: 0,
      logLevel: 'off',
    });
    harness.requestsTo = (path) => harness.emulator.requests.filter((r) => r.path === path);
  });
  beforeEach(() => harness.emulator.reset());
  afterAll(async () => {
    await harness.emulator?.close();
  });
  return harness;
}
