import { startEmulator } from '@clova-studio/emulator';
import { afterAll, beforeEach } from 'vitest';
import { ClovaStudio, type ClovaStudioOptions } from '../../src/index';

type EmulatorOptions = NonNullable<Parameters<typeof startEmulator>[0]>;
type RunningEmulator = Awaited<ReturnType<typeof startEmulator>>;

/** The emulator fault header. */
export const FAULT = 'x-clova-emulator-fault';

/** A 1×1 PNG as a data URL. */
export const PNG_DATA_URL =
  'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==';

/**
 * Starts one emulator for the test file (rate limits off unless given), resets its log before
 * each test, and closes it afterwards. `client()` makes a client for it (no retries by default).
 */
export function useEmulator(options: EmulatorOptions = {}) {
  let emulator: RunningEmulator | undefined;
  const ready = startEmulator({ rateLimits: false, ...options }).then((e) => {
    emulator = e;
    return e;
  });
  beforeEach(async () => {
    (await ready).reset();
  });
  afterAll(async () => {
    await (await ready).close();
  });
  return {
    /** The running emulator. */
    get emu(): RunningEmulator {
      if (!emulator) throw new Error('emulator not started yet');
      return emulator;
    },
    ready,
    /** A client for the emulator. */
    client(overrides: ClovaStudioOptions = {}): ClovaStudio {
      if (!emulator) throw new Error('emulator not started yet');
      return new ClovaStudio({
        apiKey: emulator.apiKey,
        baseURL: emulator.url,
        maxRetries: 0,
        logLevel: 'off',
        ...overrides,
      });
    },
  };
}
