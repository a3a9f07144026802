// Starts a real redis-server for tests, benchmarks and examples (see index.d.ts for the API).
import { spawn, spawnSync } from 'node:child_process';
import { once } from 'node:events';
import { accessSync, constants } from 'node:fs';
import { createServer } from 'node:net';
import { delimiter, join } from 'node:path';

const HOW_TO =
  'Install it (Debian/Ubuntu: `sudo apt-get update && sudo apt-get install -y redis-server`; macOS: `brew install redis`) so that `redis-server` is on PATH.';

/** The lock file every install step of the test setups holds (see `apps/demo/test/support/chromium.ts`). */
const APT_LOCK = '/tmp/clova-studio-apt.lock';

/** @param {string} name @returns {string | undefined} */
export function findOnPath(name, path = process.env.PATH ?? '') {
  for (const dir of path.split(delimiter)) {
    if (!dir) continue;
    const file = join(dir, name);
    try {
      accessSync(file, constants.X_OK);
      return file;
    } catch {}
  }
  return undefined;
}

/**
 * @param {{ found: string | undefined, isRoot: boolean, hasAptGet: boolean }} machine
 * @returns {{ action: 'use', bin: string } | { action: 'install' } | { action: 'fail', message: string }}
 */
export function planRedisServer({ found, isRoot, hasAptGet }) {
  if (found) return { action: 'use', bin: found };
  if (isRoot && hasAptGet) return { action: 'install' };
  const why = !hasAptGet ? 'there is no apt-get here' : 'this process is not root';
  return {
    action: 'fail',
    message: `redis-server was not found on PATH and cannot be installed automatically (${why}). ${HOW_TO}`,
  };
}

/** @returns {string} */
export function ensureRedisServer() {
  const plan = planRedisServer({
    found: findOnPath('redis-server'),
    isRoot: process.getuid?.() === 0,
    hasAptGet: findOnPath('apt-get') !== undefined,
  });
  if (plan.action === 'use') return plan.bin;
  if (plan.action === 'fail') throw new Error(plan.message);
  process.stderr.write('redis-server is missing: installing it with apt-get (once)\n');
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  for (const args of [['update'], ['install', '-y', 'redis-server']]) {
    // One machine-wide lock for every install step of the test setups (Chromium's too), so that
    // two packages' tests installing at the same time wait for each other instead of failing on
    // apt's own lock.
    const run = spawnSync(
      'flock',
      [APT_LOCK, 'apt-get', '-o', 'DPkg::Lock::Timeout=600', ...args],
      {
        stdio: ['ignore', 'inherit', 'inherit'],
        env,
      },
    );
    if (run.status !== 0) {
      throw new Error(`\`apt-get ${args.join(' ')}\` failed (exit ${run.status}). ${HOW_TO}`);
    }
  }
  const bin = findOnPath('redis-server') ?? findOnPath('redis-server', '/usr/bin:/usr/sbin');
  if (!bin) throw new Error(`apt-get installed redis-server, but it is not on PATH. ${HOW_TO}`);
  return bin;
}

/** @returns {Promise<number>} */
async function freePort() {
  const server = createServer();
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  server.close();
  await once(server, 'close');
  return port;
}

/**
 * @param {string} bin
 * @param {number} port
 * @returns {Promise<import('node:child_process').ChildProcess>}
 */
async function launch(bin, port) {
  const args = ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'];
  const child = spawn(bin, args, { stdio: ['ignore', 'pipe', 'pipe'] });
  // never outlive the process that started it, even when that one crashes
  const reap = () => child.kill('SIGTERM');
  process.once('exit', reap);
  child.once('exit', () => process.off('exit', reap));
  let output = '';
  return new Promise((resolve, reject) => {
    const onData = (/** @type {Buffer} */ chunk) => {
      output += chunk.toString();
      if (output.includes('Ready to accept connections')) {
        child.stdout?.off('data', onData);
        child.stdout?.resume();
        resolve(child);
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', (/** @type {Buffer} */ chunk) => {
      output += chunk.toString();
    });
    child.once('error', reject);
    child.once('exit', (code) =>
      reject(new Error(`redis-server exited (${code}) before it was ready:\n${output}`)),
    );
  });
}

/** @param {import('node:child_process').ChildProcess} child */
async function halt(child) {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = once(child, 'exit');
  child.kill('SIGTERM');
  await exited;
}

/** @returns {Promise<import('./index.js').RunningRedis>} */
export async function startRedisServer() {
  const bin = ensureRedisServer();
  const port = await freePort();
  let child = await launch(bin, port);
  return {
    port,
    url: `redis://127.0.0.1:${port}`,
    stop: () => halt(child),
    restart: async () => {
      await halt(child);
      child = await launch(bin, port);
    },
  };
}
