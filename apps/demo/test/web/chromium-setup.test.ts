import { describe, expect, it } from 'vitest';
import { type ChromiumHost, DEBIAN_CHROMIUM, ensureChromium } from '../support/chromium.ts';

/** A fake machine: which files exist, whether it may install, and what apt-get does. */
function host(options: {
  env?: Record<string, string>;
  files?: string[];
  canInstall?: boolean;
  aptInstalls?: boolean;
  failing?: string;
}): ChromiumHost & { commands: string[] } {
  const files = new Set(options.files ?? []);
  const commands: string[] = [];
  return {
    env: options.env ?? {},
    commands,
    isExecutable: (path) => files.has(path),
    canInstall: () => options.canInstall ?? false,
    run(command, args) {
      const line = `${command} ${args.join(' ')}`;
      commands.push(line);
      if (options.failing && line.includes(options.failing)) return 100;
      if (args.includes('chromium') && options.aptInstalls !== false) files.add(DEBIAN_CHROMIUM);
      return 0;
    },
  };
}

describe('ensureChromium (the browser test setup)', () => {
  it("uses Debian's /usr/bin/chromium when it is there, installing nothing", () => {
    const machine = host({ files: [DEBIAN_CHROMIUM], canInstall: true });
    expect(ensureChromium(machine)).toBe(DEBIAN_CHROMIUM);
    expect(machine.commands).toEqual([]);
  });

  it('installs chromium with apt-get when it is missing and the machine can (root)', () => {
    const machine = host({ canInstall: true });
    expect(ensureChromium(machine)).toBe(DEBIAN_CHROMIUM);
    expect(machine.commands).toEqual([
      'apt-get update',
      'apt-get install -y --no-install-recommends chromium',
    ]);
  });

  it('fails saying how to provide one when it is missing and the machine cannot install', () => {
    const machine = host({ canInstall: false });
    expect(() => ensureChromium(machine)).toThrow(/apt-get install -y chromium.*CHROMIUM_PATH/);
    expect(machine.commands).toEqual([]);
  });

  it('fails with the command and exit code when apt-get fails', () => {
    const machine = host({ canInstall: true, failing: 'update' });
    expect(() => ensureChromium(machine)).toThrow(/`apt-get update` failed \(exit 100\)/);
  });

  it('fails when apt-get succeeded but left no binary', () => {
    const machine = host({ canInstall: true, aptInstalls: false });
    expect(() => ensureChromium(machine)).toThrow(/still missing/);
  });

  it('CHROMIUM_PATH overrides the location and must exist (no install then)', () => {
    const custom = '/opt/chromium/chrome';
    expect(ensureChromium(host({ env: { CHROMIUM_PATH: custom }, files: [custom] }))).toBe(custom);
    const missing = host({
      env: { CHROMIUM_PATH: custom },
      files: [DEBIAN_CHROMIUM],
      canInstall: true,
    });
    expect(() => ensureChromium(missing)).toThrow(
      /CHROMIUM_PATH is set to \/opt\/chromium\/chrome/,
    );
    expect(missing.commands).toEqual([]);
  });
});
