import { spawnSync } from 'node:child_process';

/** The lock file every install step of the test setups holds. */
const APT_LOCK = '/tmp/clova-studio-apt.lock';

import { accessSync, constants } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BrowserContext, chromium } from 'playwright-core';

/** Where Debian's `chromium` package puts the browser. */
export const DEBIAN_CHROMIUM = '/usr/bin/chromium';

/** Flags for a headless Chromium on a machine without outside network (playwright adds `--headless`). */
export const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** What {@link ensureChromium} needs from the machine (injectable, so its logic is testable). */
export interface ChromiumHost {
  /** `CHROMIUM_PATH` overrides where the browser is looked for (and disables the install). */
  readonly env: Readonly<Record<string, string | undefined>>;
  isExecutable(path: string): boolean;
  /** Whether this process may install Debian packages (root, with apt-get on PATH). */
  canInstall(): boolean;
  /** Runs a command, output to the test log; resolves with its exit code. */
  run(command: string, args: readonly string[]): number;
}

/** The real machine. */
export const systemHost: ChromiumHost = {
  env: process.env,
  isExecutable(path) {
    try {
      accessSync(path, constants.X_OK);
      return true;
    } catch {
      return false;
    }
  },
  canInstall() {
    return process.getuid?.() === 0 && spawnSync('apt-get', ['--version']).status === 0;
  },
  run(command, args) {
    // Every install step holds one machine-wide lock (the redis-server setup of other packages'
    // tests takes the same one, tools/redis-server), so installs running at the same time wait
    // for each other instead of failing on apt's own lock; apt waits for any other apt user.
    const result = spawnSync(
      'flock',
      [APT_LOCK, command, '-o', 'DPkg::Lock::Timeout=600', ...args],
      {
        stdio: ['ignore', 'inherit', 'inherit'],
        env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
      },
    );
    return result.status ?? 1;
  },
};

/**
 * The Chromium to test with: `CHROMIUM_PATH` when set (it must exist), else Debian's
 * `/usr/bin/chromium`, installing it with `apt-get update && apt-get install -y chromium` when it
 * is missing and this machine can (root). Otherwise throws saying how to provide one; never skips.
 */
export function ensureChromium(host: ChromiumHost = systemHost): string {
  const override = host.env.CHROMIUM_PATH;
  if (override) {
    if (host.isExecutable(override)) return override;
    throw new Error(
      `CHROMIUM_PATH is set to ${override}, which is not an executable file. Point it at a Chromium binary, or unset it to use ${DEBIAN_CHROMIUM}.`,
    );
  }
  if (host.isExecutable(DEBIAN_CHROMIUM)) return DEBIAN_CHROMIUM;
  const howTo = `Install it (as root: apt-get update && apt-get install -y chromium) or set CHROMIUM_PATH to a Chromium binary.`;
  if (!host.canInstall()) {
    throw new Error(
      `The browser test needs Chromium, and ${DEBIAN_CHROMIUM} is missing; this process cannot install it (it needs root and apt-get). ${howTo}`,
    );
  }
  console.error(`Chromium is missing: installing Debian's chromium package (apt-get)…`);
  const steps: [string, string[]][] = [
    ['apt-get', ['update']],
    ['apt-get', ['install', '-y', '--no-install-recommends', 'chromium']],
  ];
  for (const [command, args] of steps) {
    const code = host.run(command, args);
    if (code !== 0) {
      throw new Error(`\`${command} ${args.join(' ')}\` failed (exit ${code}). ${howTo}`);
    }
  }
  if (host.isExecutable(DEBIAN_CHROMIUM)) return DEBIAN_CHROMIUM;
  throw new Error(`apt-get installed chromium, but ${DEBIAN_CHROMIUM} is still missing. ${howTo}`);
}

/** A running headless Chromium with a fresh profile; `close()` removes the profile. */
export interface LaunchedChromium {
  readonly context: BrowserContext;
  close(): Promise<void>;
}

/** Starts `executablePath` headless, with a fresh `--user-data-dir` and {@link CHROMIUM_FLAGS}. */
export async function launchChromium(executablePath: string): Promise<LaunchedChromium> {
  const userDataDir = await mkdtemp(join(tmpdir(), 'clova-demo-chromium-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath,
    headless: true,
    args: CHROMIUM_FLAGS,
    viewport: { width: 1280, height: 860 },
  });
  return {
    context,
    async close() {
      await context.close();
      await rm(userDataDir, { recursive: true, force: true });
    },
  };
}
