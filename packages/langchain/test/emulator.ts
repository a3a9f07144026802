import { type EmulatorOptions, type RunningEmulator, startEmulator } from '@clova-studio/emulator';
import { afterAll, beforeAll } from 'vitest';

/**
 * Starts one emulator (127.0.0.1, port 0) for the test file and closes it afterwards. Rate
 * limits are off unless the options set them.
 */
export function useEmulator(options: EmulatorOptions = {}): { readonly emu: RunningEmulator } {
  const ref = {} as { emu: RunningEmulator };
  beforeAll(async () => {
    ref.emu = await startEmulator({ rateLimits: false, ...options });
  });
  afterAll(async () => {
    await ref.emu?.close();
  });
  return ref;
}

/** Client options pointing at the emulator. */
export function at(emu: RunningEmulator): { apiKey: string; baseURL: string } {
  return { apiKey: emu.apiKey, baseURL: emu.url };
}
