// Benchmark server process: `node bench/server.mjs hello|emulator [perTokenMs]`.
// Prints one JSON line {url, apiKey} once listening, then serves until killed.
import { serve } from '@hono/node-server';
import { Hono } from 'hono';
import { startEmulator } from '../dist/index.js';

const [kind = 'emulator', perTokenMs = '0'] = process.argv.slice(2);

// the parent asks for the server's CPU time over IPC ("cpu" → {user, system} in µs)
process.on('message', (message) => {
  if (message === 'cpu') process.send?.(process.cpuUsage());
});

if (kind === 'hello') {
  const app = new Hono();
  app.post('/', (c) => c.text('hello'));
  const server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, (info) => {
    process.stdout.write(
      `${JSON.stringify({ url: `http://127.0.0.1:${info.port}`, apiKey: '' })}\n`,
    );
  });
  process.on('SIGTERM', () => server.close(() => process.exit(0)));
} else {
  const emulator = await startEmulator({
    rateLimits: false,
    latency: { perTokenMs: Number(perTokenMs) },
  });
  process.stdout.write(`${JSON.stringify({ url: emulator.url, apiKey: emulator.apiKey })}\n`);
  process.on('SIGTERM', () => emulator.close().then(() => process.exit(0)));
}
