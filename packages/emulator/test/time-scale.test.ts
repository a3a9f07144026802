import { setTimeout as sleep } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import { createClock } from '../src/clock.ts';
import { startEmulator } from '../src/index.ts';
import { post } from './helpers.ts';

const BODY = { messages: [{ role: 'user', content: 'hi' }] };

/** Calls `probe` every 10 ms until it returns a value (at most `tries` times). */
async function eventually<T>(probe: () => Promise<T | undefined>, tries = 500): Promise<T> {
  for (let i = 0; i < tries; i++) {
    const value = await probe();
    if (value !== undefined) return value;
    await sleep(10);
  }
  throw new Error('condition never held');
}

describe('timeScale', () => {
  it('runs the clock N times as fast as real time (lower bound only: timers never fire early)', async () => {
    const clock = createClock(1000);
    const start = clock.now();
    await sleep(20);
    expect(clock.now() - start).toBeGreaterThanOrEqual(19_000);
    expect(clock.timeScale).toBe(1000);
    expect(clock.toRealMs(60_000)).toBe(60);
    // advance still adds emulator time on top
    const before = clock.now();
    clock.advance(5_000);
    expect(clock.now() - before).toBeGreaterThanOrEqual(5_000);
  });

  it('rejects a scale that is not a positive number', async () => {
    await expect(startEmulator({ timeScale: 0 })).rejects.toThrow(/timeScale/);
    await expect(startEmulator({ timeScale: -2 })).rejects.toThrow(/timeScale/);
  });

  it('finishes a tuning task (60 s queue + 10 min run by default) in real milliseconds', async () => {
    const emu = await startEmulator({ timeScale: 100_000 });
    try {
      const created = await post(emu, '/tuning/v2/tasks', {
        model: 'HCX-003',
        trainingDatasetBucket: 'my-bucket',
        trainingDatasetFilePath: 'train/chat.jsonl',
        trainingDatasetAccessKey: 'AK',
        trainingDatasetSecretKey: 'SK',
      });
      expect(created.status).toBe(200);
      const { id } = (await created.json()).result as { id: string };
      const status = await eventually(async () => {
        const r = await fetch(`${emu.url}/tuning/v2/tasks/${id}`, {
          headers: { authorization: `Bearer ${emu.apiKey}` },
        });
        const s = ((await r.json()).result as { status: string }).status;
        return s === 'SUCCEEDED' || s === 'FAILED' ? s : undefined;
      });
      expect(status).toBe('SUCCEEDED');
    } finally {
      await emu.close();
    }
  });

  it('runs rate-limit windows on the scaled clock, and the reset header gives the real wait', async () => {
    // at 60×, the one-minute window lasts one real second
    const emu = await startEmulator({
      timeScale: 60,
      rateLimits: { perModel: { 'HCX-005': { requestsPerMinute: 1 } } },
    });
    try {
      expect((await post(emu, '/v3/chat-completions/HCX-005', BODY)).status).toBe(200);
      const limited = await post(emu, '/v3/chat-completions/HCX-005', BODY);
      expect(limited.status).toBe(429);
      const reset = limited.headers.get('x-ratelimit-reset-requests');
      expect(reset).toBe('1s');
      await sleep(1_000);
      expect((await post(emu, '/v3/chat-completions/HCX-005', BODY)).status).toBe(200);
    } finally {
      await emu.close();
    }
  });
});
