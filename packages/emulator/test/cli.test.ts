import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadConfigFile } from '../src/config-file.ts';
import { startEmulator } from '../src/index.ts';
import { errorOf, post } from './helpers.ts';

const CLI = new URL('../dist/cli.js', import.meta.url).pathname;

async function writeConfig(config: unknown): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'clova-emulator-'));
  const file = join(dir, 'emulator.json');
  await writeFile(file, JSON.stringify(config));
  return file;
}

describe('config file', () => {
  it('loads keys, scripts (with /regex/ matches), faults and rate limits', async () => {
    const file = await writeConfig({
      apiKeys: ['nv-11111111111111111111111111111111Abcd'],
      scripts: [
        { match: '/^ping$/i', reply: { text: 'pong' } },
        { match: 'broken', reply: { error: { status: 400, code: '40005' } } },
      ],
      faults: [{ path: '/v3/chat-completions/HCX-DASH-002', status: 503 }],
      rateLimits: false,
      latency: { firstTokenMs: 0 },
    });
    const emu = await startEmulator(await loadConfigFile(file));
    try {
      expect(emu.apiKey).toBe('nv-11111111111111111111111111111111Abcd');
      const pong = await (
        await post(emu, '/v3/chat-completions/HCX-005', {
          messages: [{ role: 'user', content: 'PING' }],
        })
      ).json();
      expect(pong.result.message.content).toBe('pong');
      const broken = await post(emu, '/v3/chat-completions/HCX-005', {
        messages: [{ role: 'user', content: 'broken' }],
      });
      expect(await errorOf(broken)).toEqual({
        status: 400,
        code: '40005',
        message: 'Unavailable output',
      });
      expect(
        (
          await post(emu, '/v3/chat-completions/HCX-DASH-002', {
            messages: [{ role: 'user', content: 'x' }],
          })
        ).status,
      ).toBe(503);
    } finally {
      await emu.close();
    }
  });

  it('names the offending field of an invalid config', async () => {
    const file = await writeConfig({ latency: { firstTokenMs: -1 } });
    await expect(loadConfigFile(file)).rejects.toThrow(/latency\.firstTokenMs/);
  });
});

/** The environment of a CLI child: this one without a key, plus `extra`. */
function childEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const { CLOVA_STUDIO_API_KEY: _key, CLOVA_STUDIO_BASE_URL: _url, ...env } = process.env;
  return { ...env, ...extra };
}

/** A started CLI: its stdout so far, the URL and key from the export line, and a stop handle. */
interface Cli {
  out: () => string;
  url: string;
  key: string;
  /** Resolves with the first match of `pattern` in stdout, once it has been printed. */
  waitFor: (pattern: RegExp) => Promise<RegExpMatchArray>;
  stop: () => void;
}

/** Starts the built CLI with `args` and waits for its export line. */
async function startCli(args: string[], env = childEnv()): Promise<Cli> {
  const child = spawn(process.execPath, [CLI, ...args], { stdio: ['ignore', 'pipe', 'pipe'], env });
  let out = '';
  child.stdout.on('data', (chunk: Buffer) => {
    out += chunk.toString();
  });
  const waitFor = (pattern: RegExp) =>
    new Promise<RegExpMatchArray>((resolve, reject) => {
      const check = () => {
        const match = out.match(pattern);
        if (match) {
          child.stdout.off('data', check);
          child.off('exit', exited);
          resolve(match);
        }
      };
      const exited = (code: number | null) => reject(new Error(`exited ${code}: ${out}`));
      child.stdout.on('data', check);
      child.once('exit', exited);
      check();
    });
  const line = await waitFor(/export CLOVA_STUDIO_BASE_URL=(\S+) CLOVA_STUDIO_API_KEY=(\S+)/);
  return {
    out: () => out,
    url: line[1] as string,
    key: line[2] as string,
    waitFor,
    stop: () => child.kill('SIGTERM'),
  };
}

/** Runs the built CLI to its end: exit code, stdout and stderr. */
async function runCli(args: string[]): Promise<{ code: number | null; out: string; err: string }> {
  const child = spawn(process.execPath, [CLI, ...args], {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: childEnv(),
  });
  let out = '';
  let err = '';
  child.stdout.on('data', (chunk: Buffer) => {
    out += chunk.toString();
  });
  child.stderr.on('data', (chunk: Buffer) => {
    err += chunk.toString();
  });
  const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
  return { code, out, err };
}

const chat = (cli: Pick<Cli, 'url' | 'key'>, content = 'hi') =>
  fetch(`${cli.url}/v3/chat-completions/HCX-005`, {
    method: 'POST',
    headers: { authorization: `Bearer ${cli.key}`, 'content-type': 'application/json' },
    body: JSON.stringify({ messages: [{ role: 'user', content }] }),
  });

describe('CLI (built)', () => {
  beforeAll(() => {
    if (!existsSync(CLI))
      throw new Error(
        `${CLI} is missing: build first (npx -y pnpm@12.4.2 --filter @clova-studio/emulator build)`,
      );
  });

  it('prints its URL and a usable key, and logs requests', async () => {
    const cli = await startCli(['--port', '0']);
    try {
      const url = (await cli.waitFor(/listening on (http:\/\/127\.0\.0\.1:\d+)/))[1] as string;
      const key = (await cli.waitFor(/API key: (nv-[0-9a-f]{32}[A-Za-z0-9]{4})/))[1] as string;
      const response = await chat({ url, key });
      expect(response.status).toBe(200);
      await cli.waitFor(/POST \/v3\/chat-completions\/HCX-005 200 20000/);
      expect(
        cli
          .out()
          .split('\n')
          .filter((l) => l.startsWith('POST'))
          .join('\n'),
      ).not.toContain(key);
    } finally {
      cli.stop();
    }
  });

  it('--time-scale makes a default tuning task (60 s + 10 min) finish in real milliseconds', async () => {
    const cli = await startCli(['--port', '0', '--time-scale', '100000']);
    try {
      const headers = { authorization: `Bearer ${cli.key}`, 'content-type': 'application/json' };
      const created = await fetch(`${cli.url}/tuning/v2/tasks`, {
        method: 'POST',
        headers,
        body: JSON.stringify({
          model: 'HCX-003',
          trainingDatasetBucket: 'b',
          trainingDatasetFilePath: 'train.jsonl',
          trainingDatasetAccessKey: 'AK',
          trainingDatasetSecretKey: 'SK',
        }),
      });
      const { id } = (await created.json()).result as { id: string };
      let status = '';
      for (let i = 0; i < 500 && status !== 'SUCCEEDED'; i++) {
        const r = await fetch(`${cli.url}/tuning/v2/tasks/${id}`, { headers });
        status = ((await r.json()).result as { status: string }).status;
        if (status !== 'SUCCEEDED') await new Promise((resolve) => setTimeout(resolve, 10));
      }
      expect(status).toBe('SUCCEEDED');
    } finally {
      cli.stop();
    }
  });

  it('rejects a --time-scale that is not a positive number, exit code 1', async () => {
    const { code, err } = await runCli(['--time-scale', 'fast']);
    expect(code).toBe(1);
    expect(err).toContain('Invalid --time-scale: fast');
  });

  it('prints a copy-pasteable export line; --api-key fixes the key', async () => {
    const key = 'nv-12345678901234567890123456789012Abcd';
    const cli = await startCli(['--port', '0', '--api-key', key]);
    try {
      expect(cli.key).toBe(key);
      expect(cli.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
      expect((await chat(cli)).status).toBe(200);
      expect((await chat({ url: cli.url, key: 'nv-other' })).status).toBe(401);
    } finally {
      cli.stop();
    }
  });

  it('accepts $CLOVA_STUDIO_API_KEY and does not echo it', async () => {
    const key = 'nv-abcdefabcdefabcdefabcdefabcdefabWxyz';
    const cli = await startCli(['--port', '0'], childEnv({ CLOVA_STUDIO_API_KEY: key }));
    try {
      expect(cli.key).toBe('"$CLOVA_STUDIO_API_KEY"');
      expect(cli.out()).not.toContain(key);
      expect((await chat({ url: cli.url, key })).status).toBe(200);
    } finally {
      cli.stop();
    }
  });

  it('--seed makes the same request get the same answer; --no-rate-limits lifts the limits', async () => {
    const cli = await startCli([
      '--port',
      '0',
      '--host',
      '127.0.0.1',
      '--seed',
      '42',
      '--no-rate-limits',
      '--quiet',
    ]);
    try {
      const first = (await (await chat(cli, 'tell me about Seoul')).json()).result;
      const second = (await (await chat(cli, 'tell me about Seoul')).json()).result;
      expect(second.message.content).toBe(first.message.content);
      expect(second.seed).toBe(42);
      expect(second.created).toBe(first.created);
      // HCX-005 allows 60 requests per minute by default
      const statuses = await Promise.all(
        Array.from({ length: 65 }, () => chat(cli).then((r) => r.status)),
      );
      expect(statuses.every((s) => s === 200)).toBe(true);
    } finally {
      cli.stop();
    }
  });

  it('--version prints the package version', async () => {
    const { code, out } = await runCli(['--version']);
    expect(code).toBe(0);
    expect(out.trim()).toMatch(/^\d+\.\d+\.\d+/);
  });

  it('a busy port prints the error alone (no usage), exit code 1', async () => {
    const blocker = createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    try {
      const { port } = blocker.address() as { port: number };
      const { code, err } = await runCli(['--port', String(port)]);
      expect(code).toBe(1);
      expect(err).toContain('EADDRINUSE');
      expect(err).not.toContain('Usage:');
    } finally {
      blocker.close();
    }
  });

  it('a bad argument prints the error and the usage, exit code 1', async () => {
    const { code, err } = await runCli(['--seed', '0']);
    expect(code).toBe(1);
    expect(err).toContain('Invalid --seed: 0');
    expect(err).toContain('Usage: npx @clova-studio/emulator');
  });
});
