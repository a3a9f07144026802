import { beforeAll, describe, expect, it } from 'vitest';
import { AuthenticationError, BadRequestError, tokenizeChatV3 } from '../src/index.ts';
import { useEmulator } from './helpers/emulator.ts';

const env = useEmulator();
beforeAll(() => env.ready);

describe('token calculators', () => {
  it('chat (v1 models): a count per message', async () => {
    const res = await env.client.tokenizer.chat({
      model: 'HCX-003',
      messages: [
        { role: 'system', content: 'You are helpful.' },
        { role: 'user', content: 'Hello, what is your name?' },
      ],
    });
    expect(res.messages).toHaveLength(2);
    expect(res.messages.every((m) => m.count > 0)).toBe(true);
    expect(env.emulator.requests.at(-1)?.path).toBe('/v1/api-tools/chat-tokenize/HCX-003');
  });

  it('chat v3: per-part counts plus tools', async () => {
    const res = await tokenizeChatV3(env.client.transport, {
      model: 'HCX-005',
      messages: [{ role: 'user', content: '내일 서울 날씨 어때?' }],
      tools: [
        {
          type: 'function',
          function: {
            name: 'get_weather',
            description: 'weather',
            parameters: { type: 'object', properties: {} },
          },
        },
      ],
    });
    expect(res.messages[0]?.content[0]?.count).toBeGreaterThan(0);
    expect(res.tools?.count).toBeGreaterThan(0);
  });

  it('Embedding v2', async () => {
    const res = await env.client.tokenizer.embeddingV2({ text: 'CLOVA Studio is a platform.' });
    expect(res.numTokens).toBeGreaterThan(0);
  });

  it('non-HCX tokenizer (LK models)', async () => {
    const res = await env.client.tokenizer.tokenize({ model: 'LK-D2', text: 'hello world' });
    expect(res.numTokens).toBeGreaterThan(0);
  });

  it('an unknown model is BadRequestError 40080', async () => {
    const err = await env.client.tokenizer
      .chatV3({ model: 'HCX-999', messages: [{ role: 'user', content: 'x' }] })
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(BadRequestError);
    expect((err as BadRequestError).code).toBe('40080');
  });

  it('chat tokenizer: an unknown model is BadRequestError', async () => {
    const err = await env.client.tokenizer
      .chat({ model: 'HCX-999', messages: [{ role: 'user', content: 'x' }] })
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(BadRequestError);
    expect((err as BadRequestError).code).toBe('40080');
  });

  it('Embedding v2 tokenizer: a wrong key is rejected', async () => {
    const err = await env
      .clientWith({ apiKey: 'nv-nope' })
      .tokenizer.embeddingV2({ text: 'x' })
      .catch((e: unknown) => e);
    expect((err as { status?: number }).status).toBe(401);
  });

  it('non-HCX tokenizer: a wrong key is AuthenticationError', async () => {
    const err = await env
      .clientWith({ apiKey: 'nv-nope' })
      .tokenizer.tokenize({ model: 'LK-D2', text: 'x' })
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(AuthenticationError);
    expect((err as AuthenticationError).code).toMatch(/^401/);
  });
});
