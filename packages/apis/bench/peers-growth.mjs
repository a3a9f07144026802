// Cost growth beside `openai`: latency and peak client heap against prompt size (1 kB → 1 MB of
// messages, non-streaming create) and against stream length (100 → 100,000 events, read to the
// end). Both should grow linearly: the table shows each step's growth exponent
// (log(cost ratio) / log(size ratio): 1 is linear, 2 quadratic).
// The server is the replay server of peers-server.mjs in a child process: the emulator's own
// answers and stream events, for any prompt size and any stream length (the emulator enforces
// the documented model limits: 128k tokens of context, 32k of output).
// Latency and CPU come from interleaved rounds with nothing else in them; the peak heap from 3
// more rounds: the highest `heapUsed` above a post-GC baseline, sampled every millisecond and
// every 256 text deltas. Run: `pnpm run bench`, or `node bench/peers-growth.mjs` after `pnpm run build`.
// BENCH_GROWTH_ROUNDS (default 11) sets the rounds per size (3 warm-up rounds more; ×4 for the
// rows under 1 MB / 10,000 events, 7 for 100,000 events).
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { clients, interleave, SIDES, saveResults, spread, startServer } from './peers-lib.mjs';

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc');
const ROUNDS = Number(process.env.BENCH_GROWTH_ROUNDS ?? 11);
// Small rows are cheap and the noisiest: they get four times the rounds.
const roundsFor = (cheap) => (cheap ? ROUNDS * 4 : ROUNDS);
const PROMPTS = [1_000, 10_000, 100_000, 1_000_000];
const LENGTHS = [100, 1_000, 10_000, 100_000];
const MB = 1024 * 1024;

const server = await startServer({ mode: 'replay' });

/** `bytes` of messages: 1 kB turns, user and assistant in turn, the last one a user turn. */
function messagesOf(bytes) {
  const n = Math.max(1, Math.round(bytes / 1000));
  const text = 'Seoul travel notes, autumn leaves and palaces. '.repeat(21).slice(0, 980);
  return Array.from({ length: n }, (_, i) => ({
    role: (n - i) % 2 === 1 ? 'user' : 'assistant',
    content: `${i} ${text}`,
  }));
}

/** Runs `work` once: its latency and client CPU time. */
async function timed(work) {
  const cpu = process.cpuUsage();
  const t = performance.now();
  await work(() => {});
  const ms = performance.now() - t;
  const used = process.cpuUsage(cpu);
  return { ms, cpuMs: (used.user + used.system) / 1000 };
}

/** Runs `work` once after a full GC: the peak heap above that baseline, sampled every ms. */
async function peakHeap(work) {
  gc();
  const base = process.memoryUsage().heapUsed;
  let peak = base;
  const sample = () => {
    const used = process.memoryUsage().heapUsed;
    if (used > peak) peak = used;
  };
  const timer = setInterval(sample, 1);
  await work(sample);
  clearInterval(timer);
  sample();
  return (peak - base) / MB;
}

/**
 * One row: `rounds` interleaved timing rounds (no GC or sampling in them), then 3 interleaved
 * rounds for the peak heap. `work(side, sample)` makes one call.
 */
async function measureRow(rounds, work) {
  const timing = await interleave(SIDES, rounds, 3, (side) => timed((s) => work(side, s)));
  const memory = await interleave(SIDES, 3, 0, (side) => peakHeap((s) => work(side, s)));
  return Object.fromEntries(
    SIDES.map((side) => [side, { timing: timing[side], memory: memory[side] }]),
  );
}

async function promptRow(bytes) {
  const messages = messagesOf(bytes);
  const { ours, openai } = clients(server);
  const call = {
    'ours-v3': () => ours.chat.create({ model: 'HCX-005', messages }),
    'ours-openai': () => ours.openai.chat.completions.create({ model: 'HCX-005', messages }),
    openai: () => openai.chat.completions.create({ model: 'HCX-005', messages }),
  };
  return measureRow(roundsFor(bytes < 1_000_000), (side) => call[side]());
}

async function streamRow(events) {
  const { ours, openai } = clients(server, { headers: { 'x-bench-events': String(events) } });
  const messages = [{ role: 'user', content: 'bench' }];
  const deltas = {
    'ours-v3': async () => (await ours.chat.stream({ model: 'HCX-005', messages })).textStream,
    'ours-openai': async () =>
      (await ours.openai.chat.completions.stream({ model: 'HCX-005', messages })).textStream,
    openai: async () => {
      const stream = await openai.chat.completions.create({
        model: 'HCX-005',
        messages,
        stream: true,
      });
      return (async function* () {
        for await (const chunk of stream) {
          const text = chunk.choices[0]?.delta?.content;
          if (text) yield text;
        }
      })();
    },
  };
  const rounds = events >= 100_000 ? Math.min(ROUNDS, 7) : roundsFor(events < 10_000);
  return measureRow(rounds, async (side, sample) => {
    let text = '';
    let n = 0;
    for await (const delta of await deltas[side]()) {
      text += delta;
      if (++n % 256 === 0) sample();
    }
    if (n !== events) throw new Error(`${side}: ${n} deltas, expected ${events}`);
    return text;
  });
}

const exponent = (a, b, sa, sb) => Math.log(b / a) / Math.log(sb / sa);

function table(title, unit, sizes, rows) {
  console.log(title);
  console.log(
    `  ${unit.padEnd(9)} ${SIDES.map((s) => `${s}: ms ^x / CPU ms / peak MB`.padEnd(38)).join(' ')} ours/openai ms, CPU (v3; /v1/openai)`,
  );
  const out = [];
  let previous;
  for (const [i, size] of sizes.entries()) {
    const row = { size };
    for (const side of SIDES) {
      const { timing, memory } = rows[i][side];
      const pick = (key) => spread(timing.map((x) => x[key]));
      row[side] = { ms: pick('ms'), cpuMs: pick('cpuMs'), peakMB: spread(memory) };
      if (previous) {
        row[side].msExponent = exponent(
          previous[side].ms.median,
          row[side].ms.median,
          previous.size,
          size,
        );
        row[side].cpuExponent = exponent(
          previous[side].cpuMs.median,
          row[side].cpuMs.median,
          previous.size,
          size,
        );
      }
    }
    const cells = SIDES.map((s) => {
      const c = row[s];
      const grow = c.msExponent === undefined ? '' : ` ^${c.msExponent.toFixed(2)}`;
      return `${c.ms.median.toFixed(2)}${grow} / ${c.cpuMs.median.toFixed(2)} / ${c.peakMB.median.toFixed(1)}`.padEnd(
        38,
      );
    });
    const r = (s, k) => (row[s][k].median / row.openai[k].median).toFixed(2);
    console.log(
      `  ${String(size).padEnd(9)} ${cells.join(' ')} ${r('ours-v3', 'ms')}×, ${r('ours-v3', 'cpuMs')}×; ${r('ours-openai', 'ms')}×, ${r('ours-openai', 'cpuMs')}×`,
    );
    out.push(row);
    previous = row;
  }
  return out;
}

const promptRows = [];
for (const bytes of PROMPTS) promptRows.push(await promptRow(bytes));
const streamRows = [];
for (const events of LENGTHS) streamRows.push(await streamRow(events));
await server.close();

console.log(
  `Cost growth vs openai (replay server in a child process; ${ROUNDS} interleaved rounds; medians; ^x = growth exponent from the row above)`,
);
const prompt = table(
  '  prompt size (bytes of messages), non-streaming create',
  'bytes',
  PROMPTS,
  promptRows,
);
const stream = table('  stream length (events), read to the end', 'events', LENGTHS, streamRows);
const file = await saveResults('peers-growth', { rounds: ROUNDS, prompt, stream });
console.log(`  → ${file}`);
