import type { Logger } from '@clova-studio/core';
import { describe, expect, it } from 'vitest';
import { RateLimitError } from '../src/index.ts';
import { useEmulator } from './helpers/emulator.ts';

// Two requests per minute: a burst of three meets a 429 on the third.
const t = useEmulator({ rateLimits: { requestsPerMinute: 2 } });
const hi = [{ role: 'user' as const, content: 'hi' }];

describe('a burst against a rate-limited emulator', () => {
  it('waits for x-ratelimit-reset-requests (capped) and recovers', async () => {
    const waits: number[] = [];
    // The retry is announced before its wait: the emulator's clock moves past the window then.
    const logger: Logger = {
      debug: () => {},
      info: (_m, fields) => {
        waits.push(fields?.delayMs as number);
        t.emulator.clock.advance(61_000);
      },
      warn: () => {},
      error: () => {},
    };
    const client = t.clientWith({
      maxRetries: 1,
      logger,
      logLevel: 'info',
      retryBackoff: { initialDelay: 1, maxDelay: 1, maxRetryAfter: 25 },
    });
    const burst = await Promise.all(
      [1, 2, 3].map(() => client.chat.create({ model: 'HCX-005', messages: hi })),
    );
    expect(burst.map((r) => r.message.role)).toEqual(['assistant', 'assistant', 'assistant']);
    // the reset hint (tens of seconds) was honoured, capped by maxRetryAfter, not the 1 ms backoff
    expect(waits).toEqual([25]);
    expect(t.requestsTo('/v3/chat-completions/HCX-005').map((r) => r.status)).toContain(429);
  });

  it('without retries the 429 carries the hint as retryAfterMs', async () => {
    const client = t.client;
    const results = await Promise.allSettled(
      [1, 2, 3].map(() => client.chat.create({ model: 'HCX-005', messages: hi })),
    );
    const limited = results.find((r) => r.status === 'rejected') as PromiseRejectedResult;
    expect(limited.reason).toBeInstanceOf(RateLimitError);
    expect((limited.reason as RateLimitError).retryAfterMs).toBeGreaterThan(0);
  });
});
