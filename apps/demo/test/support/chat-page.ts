import type { Target } from '../../src/target.ts';
import { openTarget } from '../../src/target.ts';
import { chatEngines } from '../../src/web/engines/index.ts';
import { type RunningChatServer, startChatServer } from '../../src/web/server.ts';

/** The question whose scripted answer is long enough to stop mid-way. */
export const LONG_QUESTION = 'Tell me a long story about the sea';

/** About 400 tokens: at 20 ms a token it streams for several seconds. */
export const LONG_ANSWER = Array.from(
  { length: 40 },
  (_, i) => `Wave ${i + 1} rolled in slowly over the grey stones of the harbour.`,
).join(' ');

/** A chat server on a fresh emulator whose streams arrive token by token. */
export interface ChatPageFixture {
  readonly target: Target;
  readonly server: RunningChatServer;
  close(): Promise<void>;
}

/**
 * Starts the emulator (latency on, so text arrives in steps and stop has time to act; the long
 * question scripted) and the chat server with both real engines on it.
 */
export async function startChatPage(
  latency = { firstTokenMs: 60, perTokenMs: 20 },
): Promise<ChatPageFixture> {
  const target = await openTarget({
    env: {},
    latency,
    emulator: { scripts: [{ match: LONG_QUESTION, reply: { text: LONG_ANSWER } }] },
  });
  const server = await startChatServer({ target, engines: chatEngines });
  return {
    target,
    server,
    async close() {
      await server.close();
      await target.close();
    },
  };
}
