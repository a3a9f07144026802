import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../src/main.ts';
import type { RunReport } from '../src/runner.ts';
import { defineScenario } from '../src/scenario.ts';
import { scenarios } from '../src/scenarios/index.ts';
import { openTarget, type Target } from '../src/target.ts';
import { createBufferTerminal } from '../src/ui/terminal.ts';

const run = promisify(execFile);
const cli = fileURLToPath(new URL('../src/cli.ts', import.meta.url));

/** Runs `demo …` in-process with captured output, against one shared emulator. */
async function demo(argv: string[], extra: Partial<Parameters<typeof main>[1]> = {}) {
  const stdout = createBufferTerminal();
  const stderr = createBufferTerminal();
  const code = await main(argv, {
    stdout,
    stderr,
    openTarget: async () => ({ ...target, close: async () => {} }),
    ...extra,
  });
  return { code, stdout: stdout.text(), stderr: stderr.text() };
}

let target: Target;
beforeAll(async () => {
  target = await openTarget({ env: {}, latency: { firstTokenMs: 0, perTokenMs: 0 } });
});
afterAll(async () => {
  await target?.close();
});

describe('demo --list', () => {
  it('lists every scenario with its endpoint, and runs nothing', async () => {
    const requestsBefore = target.emulator?.requests.length;
    const { code, stdout } = await demo(['--list']);
    expect(code).toBe(0);
    for (const s of scenarios) {
      expect(stdout).toContain(s.name);
      expect(stdout).toContain(s.endpoint);
    }
    expect(target.emulator?.requests.length).toBe(requestsBefore);
  });

  it('accepts a leading `--` (as `pnpm start -- --list` passes it)', async () => {
    const { code, stdout } = await demo(['--', '--list']);
    expect(code).toBe(0);
    expect(stdout).toContain('chat-stream');
  });

  it('--list --json prints the list as JSON', async () => {
    const { code, stdout } = await demo(['--list', '--json']);
    expect(code).toBe(0);
    const list = JSON.parse(stdout) as { name: string; endpoint: string }[];
    expect(list.map((s) => s.name)).toEqual(scenarios.map((s) => s.name));
  });
});

describe('demo <name…> --json', () => {
  it('runs only the named scenarios, in list order, and prints only JSON on stdout', async () => {
    const { code, stdout, stderr } = await demo(['--json', 'summary', 'router']);
    expect(code).toBe(0);
    const report = JSON.parse(stdout) as RunReport;
    expect(report.outcomes.map((o) => o.name)).toEqual(['summary', 'router']);
    expect(report.outcomes.every((o) => o.status === 'passed')).toBe(true);
    expect(report).toMatchObject({ ok: true, passed: 2, failed: 0, target: { kind: 'emulator' } });
    expect(typeof report.outcomes[0]?.durationMs).toBe('number');
    expect(stderr).toContain('▶ router');
    expect(stdout).not.toContain(target.clientOptions.apiKey);
  });

  it('ends a normal run with the table (scenario, endpoint, result, time)', async () => {
    const { code, stdout } = await demo(['segmentation']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/scenario\s+endpoint\s+result\s+time/);
    expect(stdout).toMatch(
      /segmentation\s+POST \/v1\/api-tools\/segmentation\s+✔ passed\s+\d+\.\d\d s/,
    );
    expect(stdout).toContain('1 passed, 0 failed, 0 skipped');
    expect(stdout).toContain('Target: the CLOVA Studio emulator');
  });
});

describe('failures', () => {
  it('an unknown scenario name is a clear usage error (exit 2)', async () => {
    const { code, stderr, stdout } = await demo(['chat-stream', 'no-such-scenario']);
    expect(code).toBe(2);
    expect(stderr).toContain('unknown scenario "no-such-scenario"');
    expect(stderr).toContain('chat-stream');
    expect(stdout).toBe('');
  });

  it('an unknown option is a usage error (exit 2)', async () => {
    const { code, stderr } = await demo(['--frobnicate']);
    expect(code).toBe(2);
    expect(stderr).toContain('Usage: demo');
  });

  it('a failing scenario makes the exit code 1 and is reported with its CLOVA code and request id, without a stack', async () => {
    const failing = defineScenario({
      name: 'always-500',
      title: 'A call the emulator answers with 500',
      endpoint: 'POST /v3/chat-completions/HCX-005',
      run: async ({ client }) => {
        await client.chat.create(
          { model: 'HCX-005', messages: [{ role: 'user', content: 'hi' }] },
          {
            maxRetries: 0,
            requestId: 'demo-test-request',
            headers: { 'x-clova-emulator-fault': 'status=500; code=50000' },
          },
        );
        return { summary: 'unreachable', data: null };
      },
    });
    const passing = scenarios.find((s) => s.name === 'summary')!;
    const { code, stdout } = await demo([], { scenarios: [passing, failing] });
    expect(code).toBe(1);
    expect(stdout).toMatch(/always-500\s+.*✖ failed \(50000\)/);
    expect(stdout).toContain('InternalServerError');
    expect(stdout).toContain('code 50000');
    expect(stdout).toContain('request id demo-test-request');
    expect(stdout).not.toMatch(/\n\s+at /);
    expect(stdout).toContain('1 passed, 1 failed, 0 skipped');
  });

  it('a skipped scenario is reported with its reason and does not fail the run', async () => {
    const skipping = defineScenario({
      name: 'needs-something',
      title: 'Skips itself',
      endpoint: 'n/a',
      run: async ({ skip }) => skip('needs CLOVA_STUDIO_SOMETHING'),
    });
    const { code, stdout } = await demo(['--json'], { scenarios: [skipping] });
    expect(code).toBe(0);
    const report = JSON.parse(stdout) as RunReport;
    expect(report.outcomes[0]).toMatchObject({
      status: 'skipped',
      skipReason: 'needs CLOVA_STUDIO_SOMETHING',
    });
  });
});

describe('the real command', () => {
  const env = { ...process.env, NO_COLOR: '1', CLOVA_STUDIO_API_KEY: '' };

  it('`demo --list` works from the shell, without colours when piped', async () => {
    const { stdout } = await run(
      process.execPath,
      ['--experimental-strip-types', '--no-warnings', cli, '--list'],
      { env },
    );
    expect(stdout).toContain('chat-stream');
    expect(stdout).not.toContain('\x1b[');
  });

  it('`demo no-such-scenario` exits with 2', async () => {
    const error = await run(
      process.execPath,
      ['--experimental-strip-types', '--no-warnings', cli, 'no-such-scenario'],
      { env },
    ).catch((e: { code: number; stderr: string }) => e);
    expect(error).toMatchObject({ code: 2 });
    expect((error as { stderr: string }).stderr).toContain('unknown scenario');
  });
});
