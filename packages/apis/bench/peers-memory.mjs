// Client memory with 1,000 streams open, beside `openai`. The emulator (in a child process) sends
// the first event of each stream at once and the next one a minute later, so every stream stays
// open. Each measurement is a fresh client process (this file, run with `client <side>`, under
// --expose-gc): it collects garbage, opens 1,000 streams at once, reads the first event of each,
// collects again and reports how much its heap, its external memory and its RSS grew.
// Sides and repetitions are interleaved. Run: `pnpm run bench`, or `node bench/peers-memory.mjs`
// after `pnpm run build`. BENCH_MEMORY_REPS (default 3) sets the repetitions, BENCH_STREAMS (1,000)
// the streams.
import { fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import {
  clients,
  collect,
  fmt,
  interleave,
  ratio,
  SIDES,
  saveResults,
  startServer,
  summarise,
} from './peers-lib.mjs';

const STREAMS = Number(process.env.BENCH_STREAMS ?? 1000);
const REPS = Number(process.env.BENCH_MEMORY_REPS ?? 3);
const MB = 1024 * 1024;

if (process.argv[2] === 'client') {
  const [, , , side, url, apiKey] = process.argv;
  const { ours, openai } = clients({ url, apiKey });
  const messages = [{ role: 'user', content: 'What is the capital of Korea?' }];
  const open = async () => {
    const stream =
      side === 'ours-v3'
        ? await ours.chat.stream({ model: 'HCX-005', messages })
        : side === 'ours-openai'
          ? await ours.openai.chat.completions.stream({ model: 'HCX-005', messages })
          : await openai.chat.completions.create({ model: 'HCX-005', messages, stream: true });
    const events = stream[Symbol.asyncIterator]();
    await events.next();
    return { stream, events };
  };
  await Promise.all(Array.from({ length: 20 }, open)); // warm the code paths; they stay open too
  collect();
  const before = process.memoryUsage();
  const held = await Promise.all(Array.from({ length: STREAMS }, open));
  collect();
  const after = process.memoryUsage();
  process.send({
    heapMB: (after.heapUsed - before.heapUsed) / MB,
    externalMB: (after.external + after.arrayBuffers - before.external - before.arrayBuffers) / MB,
    rssMB: (after.rss - before.rss) / MB,
    held: held.length,
  });
  process.exit(0);
}

const server = await startServer({
  mode: 'emulator',
  options: { latency: { firstTokenMs: 0, perTokenMs: 60_000 } },
});
const self = fileURLToPath(import.meta.url);
const measure = (side) =>
  new Promise((resolve, reject) => {
    const child = fork(self, ['client', side, server.url, server.apiKey], {
      execArgv: ['--expose-gc'],
    });
    child.once('message', resolve);
    child.once('exit', (code) => code && reject(new Error(`${side} client exited with ${code}`)));
  });
const runs = await interleave(SIDES, REPS, 0, measure);
await server.close();

const heap = summarise(runs, 'heapMB');
const external = summarise(runs, 'externalMB');
const rss = summarise(runs, 'rssMB');
console.log(
  `Client memory with ${STREAMS} streams open (fresh process each, ${REPS} interleaved reps; median (p25–p75))`,
);
for (const side of SIDES) {
  console.log(
    `  ${side.padEnd(12)} heap +${fmt(heap[side], 1)} MB   external +${fmt(external[side], 1)} MB   RSS +${fmt(rss[side], 1)} MB`,
  );
}
console.log(
  `  ratios vs openai: heap v3 ${ratio(heap['ours-v3'], heap.openai)}, /v1/openai ${ratio(heap['ours-openai'], heap.openai)};` +
    ` RSS v3 ${ratio(rss['ours-v3'], rss.openai)}, /v1/openai ${ratio(rss['ours-openai'], rss.openai)}`,
);
const file = await saveResults('peers-memory', {
  streams: STREAMS,
  reps: REPS,
  heap,
  external,
  rss,
});
console.log(`  → ${file}`);
