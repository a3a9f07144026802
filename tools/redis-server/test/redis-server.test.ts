import { connect } from 'node:net';
import { describe, expect, it } from 'vitest';
import { findOnPath, planRedisServer, startRedisServer } from '../index.js';

const ping = (port: number) =>
  new Promise<string>((resolve, reject) => {
    const socket = connect(port, '127.0.0.1', () => socket.write('PING\r\n'));
    socket.once('data', (data) => {
      resolve(data.toString().trim());
      socket.end();
    });
    socket.once('error', reject);
  });

describe('planRedisServer', () => {
  it('uses a binary on PATH', () => {
    expect(
      planRedisServer({ found: '/usr/bin/redis-server', isRoot: false, hasAptGet: false }),
    ).toEqual({ action: 'use', bin: '/usr/bin/redis-server' });
  });
  it('installs with apt-get when missing on a root machine', () => {
    expect(planRedisServer({ found: undefined, isRoot: true, hasAptGet: true })).toEqual({
      action: 'install',
    });
  });
  it('fails saying how to provide one otherwise, never skips', () => {
    const plan = planRedisServer({ found: undefined, isRoot: false, hasAptGet: true });
    expect(plan.action).toBe('fail');
    expect(plan.action === 'fail' && plan.message).toMatch(
      /not root.*apt-get install -y redis-server/,
    );
    const noApt = planRedisServer({ found: undefined, isRoot: true, hasAptGet: false });
    expect(noApt.action === 'fail' && noApt.message).toMatch(/no apt-get/);
  });
  it('finds executables on a PATH', () => {
    expect(findOnPath('node', process.env.PATH)).toBeTruthy();
    expect(findOnPath('surely-not-a-command-xyz')).toBeUndefined();
  });
});

describe('startRedisServer', () => {
  it('starts a real redis-server on 127.0.0.1, stops and restarts it', async () => {
    const redis = await startRedisServer();
    try {
      expect(redis.url).toBe(`redis://127.0.0.1:${redis.port}`);
      expect(await ping(redis.port)).toBe('+PONG');
      await redis.stop();
      await expect(ping(redis.port)).rejects.toThrow();
      await redis.restart();
      expect(await ping(redis.port)).toBe('+PONG');
    } finally {
      await redis.stop();
    }
  }, 600_000); // on a new machine the first start installs redis-server (apt-get update + install)
});
