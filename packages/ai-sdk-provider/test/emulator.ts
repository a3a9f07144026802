import { type EmulatorOptions, type RunningEmulator, startEmulator } from '@clova-studio/emulator';
import { afterAll, beforeAll } from 'vitest';
import {
  type ClovaStudioProvider,
  type ClovaStudioProviderSettings,
  createClovaStudio,
} from '../src/index.ts';

/** A running emulator and a provider pointed at it. */
export interface EmulatorContext {
  emu: RunningEmulator;
  clova: ClovaStudioProvider;
  /** Another provider on the same emulator, with extra settings. */
  provider(settings?: ClovaStudioProviderSettings): ClovaStudioProvider;
}

/** Starts an emulator (rate limits off unless given) for the file's tests. */
export function useEmulator(options: EmulatorOptions = {}): EmulatorContext {
  const ctx = {} as EmulatorContext;
  beforeAll(async () => {
    ctx.emu = await startEmulator({ rateLimits: false, ...options });
    ctx.provider = (settings = {}) =>
      createClovaStudio({ apiKey: ctx.emu.apiKey, baseURL: ctx.emu.url, ...settings });
    ctx.clova = ctx.provider();
  });
  afterAll(async () => {
    await ctx.emu.close();
  });
  return ctx;
}
