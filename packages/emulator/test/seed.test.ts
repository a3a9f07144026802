import { describe, expect, it } from 'vitest';
import { startEmulator } from '../src/index.ts';
import { post } from './helpers.ts';

const BODY = { messages: [{ role: 'user', content: 'tell me about Busan' }] };

describe('seed option', () => {
  it('seed answers requests that send none as if they had sent it; a request seed still wins', async () => {
    const emu = await startEmulator({ seed: 7, rateLimits: false });
    try {
      const a = (await (await post(emu, '/v3/chat-completions/HCX-005', BODY)).json()).result;
      const b = (await (await post(emu, '/v3/chat-completions/HCX-005', BODY)).json()).result;
      expect(b).toEqual(a);
      expect(a.seed).toBe(7);
      const own = (
        await (await post(emu, '/v3/chat-completions/HCX-005', { ...BODY, seed: 99 })).json()
      ).result;
      expect(own.seed).toBe(99);
    } finally {
      await emu.close();
    }
  });
});
