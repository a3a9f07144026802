import { beforeAll, describe, expect, it } from 'vitest';
import { BadRequestError } from '../src/index.ts';
import { useEmulator } from './helpers/emulator.ts';

const env = useEmulator();
beforeAll(() => env.ready);

describe('sliding window', () => {
  it('drops the oldest turns to fit', async () => {
    const long = 'word '.repeat(400);
    const messages = Array.from({ length: 20 }, (_, i) => ({
      role: i % 2 === 0 ? ('user' as const) : ('assistant' as const),
      content: `${i} ${long}`,
    }));
    const res = await env.client.slidingWindow.chatMessages({
      model: 'HCX-003',
      maxTokens: 2000,
      messages,
    });
    expect(res.messages.length).toBeGreaterThan(0);
    expect(res.messages.length).toBeLessThan(messages.length);
    expect(res.messages.at(-1)?.content).toBe(messages.at(-1)?.content);
  });

  it('an unknown model is BadRequestError 40080', async () => {
    const err = await env.client.slidingWindow
      .chatMessages({
        model: 'HCX-999',
        maxTokens: 100,
        messages: [{ role: 'user', content: 'x' }],
      })
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(BadRequestError);
    expect((err as BadRequestError).code).toBe('40080');
  });
});

describe('legacy completions (LK)', () => {
  it('completes a prompt on /v1/completions/{model}', async () => {
    const res = await env.client.completions.create({
      model: 'LK-D2',
      text: 'Once upon a time',
      maxTokens: 20,
    });
    expect(typeof (res.text ?? res.outputText)).toBe('string');
    expect(env.emulator.requests.at(-1)?.path).toBe('/v1/completions/LK-D2');
  });

  it('a tuned task uses /v1/tasks/{id}/completions', async () => {
    await env.client.completions.create({ taskId: 'lk1', text: 'Hi' });
    expect(env.emulator.requests.at(-1)?.path).toBe('/v1/tasks/lk1/completions');
  });

  it('a chat model on completions is BadRequestError 40084', async () => {
    const err = await env.client.completions
      .create({ model: 'HCX-005', text: 'x' })
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(BadRequestError);
    expect((err as BadRequestError).code).toBe('40084');
  });
});
