import { type RunningEmulator, startEmulator } from '@clova-studio/emulator';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeTarget } from '../src/main.ts';
import { type RunReport, runScenarios } from '../src/runner.ts';
import { scenarios } from '../src/scenarios/index.ts';
import { openTarget, type Target } from '../src/target.ts';
import { createBufferTerminal } from '../src/ui/terminal.ts';

// "Real service" mode, pointed at an emulator through CLOVA_STUDIO_BASE_URL: the demo must not
// use emulator-only features (fault injection, the fast tuning clock, built-in router/skillset
// ids) and must skip, with a reason, what it cannot do without the ids the environment provides.
let emulator: RunningEmulator;
let target: Target;
let report: RunReport;

beforeAll(async () => {
  emulator = await startEmulator({ rateLimits: false });
  target = await openTarget({
    env: {
      CLOVA_STUDIO_API_KEY: emulator.apiKey,
      CLOVA_STUDIO_BASE_URL: emulator.url,
      CLOVA_STUDIO_ROUTER_ID: 'default',
      CLOVA_STUDIO_EMBEDDING_RPM: '100000',
    },
  });
  report = await runScenarios(scenarios, { target, terminal: createBufferTerminal() });
}, 60_000);

afterAll(async () => {
  await target?.close();
  await emulator?.close();
});

describe('with CLOVA_STUDIO_API_KEY set', () => {
  it('talks to CLOVA_STUDIO_BASE_URL as the real service, and says so', () => {
    expect(target.kind).toBe('service');
    expect(target.emulator).toBeUndefined();
    expect(report.target).toEqual({ kind: 'service', baseURL: emulator.url });
    expect(describeTarget(target, createBufferTerminal())).toContain('real CLOVA Studio service');
  });

  it('skips, with a reason, the scenarios that need emulator features or missing ids', () => {
    const skipped = Object.fromEntries(
      report.outcomes.filter((o) => o.status === 'skipped').map((o) => [o.name, o.skipReason]),
    );
    expect(Object.keys(skipped).sort()).toEqual(['retry', 'skillset', 'tuning']);
    expect(skipped.skillset).toContain('CLOVA_STUDIO_SKILLSET_ID');
    expect(skipped.tuning).toContain('CLOVA_STUDIO_TUNING_BUCKET');
    expect(skipped.retry).toContain('emulator');
  });

  it('runs everything else, using the ids from the environment', () => {
    expect(report.failed).toBe(0);
    expect(report.outcomes.find((o) => o.name === 'router')?.status).toBe('passed');
    expect(report.passed).toBe(scenarios.length - 3);
  });
});
