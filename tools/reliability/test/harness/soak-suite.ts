import { afterAll, beforeAll, expect, it } from 'vitest';
import { type EmulatorProcess, startEmulatorProcess } from './emulator.ts';
import { byScale } from './scale.ts';
import { leaks, resources, type SoakDriver, soak } from './soak.ts';
import { tally } from './tally.ts';

/** Prompts of the soak (English and Korean). */
export const SOAK_PROMPTS = [
  'Recommend autumn places to visit in Seoul.',
  '부산에서 먹을 만한 음식을 알려 줘.',
  'Explain in two sentences what a rate limit is.',
];

/**
 * The soak of one client or adapter, as a test file's tests: `makeDriver` gets an emulator in a
 * child process (so that the heap, sockets and timers of this process are the client's). Thousands
 * of calls in the full form, hundreds in the short one, concurrency 16, faults on ~30 %.
 */
export function soakSuite(
  part: string,
  file: string,
  makeDriver: (emu: EmulatorProcess) => SoakDriver,
) {
  const t = tally(part, file);
  const calls = byScale(320, 4_000);
  let emu: EmulatorProcess;
  let driver: SoakDriver;
  let baseline: Record<string, number>;
  const unhandled: unknown[] = [];
  const onUnhandled = (reason: unknown) => unhandled.push(reason);

  beforeAll(async () => {
    emu = await startEmulatorProcess({ recordRequests: 0 });
    driver = makeDriver(emu);
    baseline = resources();
    process.on('unhandledRejection', onUnhandled);
  });
  afterAll(async () => {
    process.off('unhandledRejection', onUnhandled);
    t.save();
    await emu?.close();
  });

  it(`${calls} mixed create/stream calls, concurrency 16, ~30 % faulted: each the fault-free answer or the typed error its fault implies, no hang`, async () => {
    await soak(driver, t, {
      calls,
      concurrency: 16,
      faultRate: 0.3,
      seed: byScale(14, 1414),
      prompts: SOAK_PROMPTS,
      hangMs: 15_000,
    });
    expect(t.data.failures).toEqual([]);
    expect(t.data.notes.hangs).toBe(0);
    expect(unhandled).toEqual([]);
  });

  it('leaves no socket or timer behind once idle keep-alive sockets have expired', async () => {
    const excess = await leaks(baseline);
    t.data.notes.leakedResources = excess;
    expect(excess).toEqual({});
  });

  it('keeps the heap flat (end vs after the first tenth of the calls)', () => {
    const { heapAfterWarmupMB, heapAtEndMB } = t.data.notes as Record<string, number>;
    expect(heapAtEndMB! - heapAfterWarmupMB!).toBeLessThan(byScale(16, 24));
  });
}
