// Times the sliding-window route against the number of messages (issue 14, defect 2: it must grow
// linearly). Run after a build: `node bench/sliding-window.mjs` (prints one line per size).
import { startEmulator } from '../dist/index.js';

const emu = await startEmulator({ rateLimits: false });
const headers = { authorization: `Bearer ${emu.apiKey}`, 'content-type': 'application/json' };
try {
  for (const count of [1_000, 5_000, 20_000]) {
    const messages = Array.from({ length: count }, (_, i) => ({
      role: i % 2 ? 'assistant' : 'user',
      content: `message number ${i} with a few words in it`,
    }));
    const body = JSON.stringify({ messages, maxTokens: 100 });
    const started = performance.now();
    const response = await fetch(`${emu.url}/v1/api-tools/sliding/chat-messages/HCX-003`, {
      method: 'POST',
      headers,
      body,
    });
    const kept = (await response.json()).result?.messages?.length;
    const ms = performance.now() - started;
    console.log(`${count} messages: ${response.status}, ${kept} kept, ${ms.toFixed(0)} ms`);
  }
} finally {
  await emu.close();
}
