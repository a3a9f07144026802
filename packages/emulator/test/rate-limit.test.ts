import { describe, expect, it } from 'vitest';
import { rateBucket } from '../src/http/rate-limit.ts';
import { startEmulator } from '../src/index.ts';
import { errorOf, post } from './helpers.ts';

const BODY = { messages: [{ role: 'user', content: 'hi' }] };

describe('rate limits', () => {
  it('applies the documented test-key table by default (HCX-005: 60 per minute) on the emulator clock', async () => {
    const emu = await startEmulator();
    try {
      for (let i = 0; i < 60; i++)
        expect((await post(emu, '/v3/chat-completions/HCX-005', BODY)).status).toBe(200);
      const limited = await post(emu, '/v3/chat-completions/HCX-005', BODY);
      expect(limited.headers.get('x-ratelimit-limit-requests')).toBe('60');
      expect(limited.headers.get('x-ratelimit-remaining-requests')).toBe('0');
      expect(limited.headers.get('x-ratelimit-reset-requests')).toMatch(/^\d+s$/);
      expect(await errorOf(limited)).toEqual({
        status: 429,
        code: '42901',
        message: 'Too many requests - rate exceeded',
      });
      // another model has its own bucket; the OpenAI layer shares the model's bucket
      expect((await post(emu, '/v3/chat-completions/HCX-DASH-002', BODY)).status).toBe(200);
      const openai = await post(emu, '/v1/openai/chat/completions', {
        model: 'HCX-005',
        messages: BODY.messages,
      });
      expect((await openai.json()).error.code).toBe('42901');
      emu.clock.advance(60_000);
      expect((await post(emu, '/v3/chat-completions/HCX-005', BODY)).status).toBe(200);
      for (let i = 0; i < 60; i++) await post(emu, '/v3/chat-completions/HCX-005', BODY);
      emu.reset();
      expect((await post(emu, '/v3/chat-completions/HCX-005', BODY)).status).toBe(200);
    } finally {
      await emu.close();
    }
  });

  it('counts tokens per minute, per key', async () => {
    const emu = await startEmulator({
      apiKeys: [
        'nv-aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaAAAA',
        'nv-bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbBBBB',
      ],
      rateLimits: { perModel: { 'HCX-005': { tokensPerMinute: 50 } } },
    });
    try {
      const long = { messages: [{ role: 'user', content: 'word '.repeat(60) }] };
      expect((await post(emu, '/v3/chat-completions/HCX-005', long)).status).toBe(200);
      const limited = await post(emu, '/v3/chat-completions/HCX-005', long);
      expect(limited.status).toBe(429);
      expect(limited.headers.get('x-ratelimit-limit-tokens')).toBe('50');
      expect(limited.headers.get('x-ratelimit-reset-tokens')).toMatch(/^\d+s$/);
      // only the limits in force are described: no requests-per-minute limit, no requests headers
      expect(limited.headers.get('x-ratelimit-reset-requests')).toBeNull();
      const other = await post(emu, '/v3/chat-completions/HCX-005', long, {
        authorization: 'Bearer nv-bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbBBBB',
      });
      expect(other.status).toBe(200);
    } finally {
      await emu.close();
    }
  });

  it('applies global limits to every route, tools included, and can be turned off', async () => {
    const emu = await startEmulator({ rateLimits: { requestsPerMinute: 2 } });
    try {
      for (let i = 0; i < 2; i++)
        expect((await post(emu, '/v1/api-tools/embedding/v2', { text: 'hi' })).status).toBe(200);
      expect(
        (await errorOf(await post(emu, '/v1/api-tools/embedding/v2', { text: 'hi' }))).code,
      ).toBe('42901');
    } finally {
      await emu.close();
    }
    const off = await startEmulator({ rateLimits: false });
    try {
      for (let i = 0; i < 70; i++)
        expect((await post(off, '/v3/chat-completions/HCX-005', BODY)).status).toBe(200);
    } finally {
      await off.close();
    }
  });
});

describe('rate-limit buckets', () => {
  it('reads perModel by own keys only (an OpenAI model named "constructor" gets the global limit)', async () => {
    const emu = await startEmulator({ rateLimits: { requestsPerMinute: 1, perModel: {} } });
    try {
      const send = () =>
        post(emu, '/v1/openai/chat/completions', { model: 'constructor', messages: BODY.messages });
      expect((await send()).status).toBe(400);
      expect((await send()).status).toBe(429);
    } finally {
      await emu.close();
    }
  });

  it('keeps tools apart and collapses ids', () => {
    expect(rateBucket('/v1/api-tools/segmentation', {})).toBe('/v1/api-tools/segmentation');
    expect(rateBucket('/v1/api-tools/summarization/v2', {})).toBe('/v1/api-tools/summarization/v2');
    expect(rateBucket('/tuning/v2/tasks/abc12345xyz', undefined)).toBe('/tuning/v2/tasks/*');
    expect(rateBucket('/v3/chat-completions/HCX-005', {})).toBe('HCX-005');
    expect(rateBucket('/v1/openai/chat/completions', { model: 'HCX-007' })).toBe('HCX-007');
    expect(rateBucket('/v3/tasks/t1/chat-completions', {})).toBe('task:t1');
  });
});
