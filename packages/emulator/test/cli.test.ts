import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfigFile } from '../src/config-file.js';
import { startEmulator } from '../src/index.js';
import { errorOf, post } from './helpers.js';

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

describe.skipIf(!existsSync(CLI))('CLI (built)', () => {
  it('prints its URL and a usable key, and logs requests', async () => {
    const child = spawn(process.execPath, [CLI, '--port', '0'], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    try {
      let out = '';
      const ready = new Promise<{ url: string; key: string }>((resolve, reject) => {
        child.stdout.on('data', (chunk: Buffer) => {
          out += chunk.toString();
          const url = out.match(/listening on (http:\/\/127\.0\.0\.1:\d+)/)?.[1];
          const key = out.match(/API key: (nv-[0-9a-f]{32}[A-Za-z0-9]{4})/)?.[1];
          if (url && key) resolve({ url, key });
        });
        child.once('exit', (code) => reject(new Error(`exited ${code}: ${out}`)));
      });
      const { url, key } = await ready;
      const response = await fetch(`${url}/v3/chat-completions/HCX-005`, {
        method: 'POST',
        headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' },
        body: JSON.stringify({ messages: [{ role: 'user', content: 'hi' }] }),
      });
      expect(response.status).toBe(200);
      await new Promise<void>((resolve) => {
        const check = () => {
          if (/POST \/v3\/chat-completions\/HCX-005 200 20000/.test(out)) resolve();
          else child.stdout.once('data', check);
        };
        check();
      });
      expect(
        out
          .split('\n')
          .filter((l) => l.startsWith('POST'))
          .join('\n'),
      ).not.toContain(key);
    } finally {
      child.kill('SIGTERM');
    }
  });

  it('--time-scale makes a default tuning task (60 s + 10 min) finish in real milliseconds', async () => {
    const child = spawn(process.execPath, [CLI, '--port', '0', '--time-scale', '100000'], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    try {
      let out = '';
      const { url, key } = await new Promise<{ url: string; key: string }>((resolve, reject) => {
        child.stdout.on('data', (chunk: Buffer) => {
          out += chunk.toString();
          const url = out.match(/listening on (http:\/\/127\.0\.0\.1:\d+)/)?.[1];
          const key = out.match(/API key: (nv-[0-9a-f]{32}[A-Za-z0-9]{4})/)?.[1];
          if (url && key) resolve({ url, key });
        });
        child.once('exit', (code) => reject(new Error(`exited ${code}: ${out}`)));
      });
      const headers = { authorization: `Bearer ${key}`, 'content-type': 'application/json' };
      const created = await fetch(`${url}/tuning/v2/tasks`, {
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
        const r = await fetch(`${url}/tuning/v2/tasks/${id}`, { headers });
        status = ((await r.json()).result as { status: string }).status;
        if (status !== 'SUCCEEDED') await new Promise((resolve) => setTimeout(resolve, 10));
      }
      expect(status).toBe('SUCCEEDED');
    } finally {
      child.kill('SIGTERM');
    }
  });

  it('rejects a --time-scale that is not a positive number, exit code 1', async () => {
    const child = spawn(process.execPath, [CLI, '--time-scale', 'fast'], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let err = '';
    child.stderr.on('data', (chunk: Buffer) => {
      err += chunk.toString();
    });
    const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
    expect(code).toBe(1);
    expect(err).toContain('Invalid --time-scale: fast');
  });
});
