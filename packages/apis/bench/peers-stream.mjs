// Streaming beside `openai`: client CPU per streamed event and events/s for a long answer, and
// time to first token. Ours on native v3 (`client.chat.stream`) and on /v1/openai
// (`client.openai.chat.completions.stream`), `openai` on /v1/openai (`create({ stream: true })`),
// each reading the text deltas into one string, as an app does. The emulator runs in a child
// process; `process.cpuUsage()` around each call counts this (the client) process only.
// Run: `pnpm run bench` (all benches), or `node bench/peers-stream.mjs` after `pnpm run build`.
// BENCH_ROUNDS (default 15) and BENCH_TTFT_ROUNDS (default 100) set the rounds.
import {
  clients,
  fmt,
  interleave,
  ratio,
  SIDES,
  saveResults,
  startServer,
  summarise,
} from './peers-lib.mjs';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 15);
const TTFT_ROUNDS = Number(process.env.BENCH_TTFT_ROUNDS ?? 100);
const WORDS = 6000; // about 12,000 token events (a word and a space each)
const LONG = Array.from({ length: WORDS }, (_, i) => `w${i % 1000}`).join(' ');

const server = await startServer({
  mode: 'emulator',
  options: { scripts: [{ match: 'long story', reply: { text: LONG } }] },
});
const { ours, openai } = clients(server);

/** Opens a stream on `side` and returns an async iterable of its text deltas. */
async function textDeltas(side, content, long) {
  const messages = [{ role: 'user', content }];
  if (side === 'ours-v3') {
    const stream = await ours.chat.stream({
      model: long ? 'HCX-007' : 'HCX-005',
      messages,
      ...(long ? { maxCompletionTokens: 32_768, thinking: { effort: 'none' } } : {}),
    });
    return stream.textStream;
  }
  const params = {
    model: long ? 'HCX-007' : 'HCX-005',
    messages,
    ...(long ? { max_tokens: 32_768, reasoning_effort: 'none' } : {}),
  };
  if (side === 'ours-openai') return (await ours.openai.chat.completions.stream(params)).textStream;
  const stream = await openai.chat.completions.create({ ...params, stream: true });
  return (async function* () {
    for await (const chunk of stream) {
      const text = chunk.choices[0]?.delta?.content;
      if (text) yield text;
    }
  })();
}

// Long answer: CPU per event and events/s.
const long = await interleave(SIDES, ROUNDS, 2, async (side) => {
  const cpu = process.cpuUsage();
  const t = performance.now();
  let text = '';
  let events = 0;
  for await (const delta of await textDeltas(side, 'tell a long story', true)) {
    text += delta;
    events++;
  }
  const ms = performance.now() - t;
  const used = process.cpuUsage(cpu);
  if (text !== LONG) throw new Error(`${side}: the streamed text differs from the scripted answer`);
  return {
    events,
    cpuUsPerEvent: (used.user + used.system) / events,
    eventsPerSec: events / (ms / 1000),
  };
});

// Time to first token: a short default answer, from the call to the first text delta.
const ttft = await interleave(SIDES, TTFT_ROUNDS, 10, async (side) => {
  const t = performance.now();
  let first;
  for await (const _ of await textDeltas(side, 'What is the capital of Korea?', false)) {
    first ??= performance.now() - t;
  }
  return first;
});
await server.close();

const cpu = summarise(long, 'cpuUsPerEvent');
const rate = summarise(long, 'eventsPerSec');
const first = summarise(ttft);
const events = long['ours-v3'][0].events;

console.log(
  `Streaming vs openai (emulator in a child process; ${ROUNDS} interleaved rounds; median (p25–p75))`,
);
console.log(`  long answer: ${events} text deltas (HCX-007, scripted ${WORDS}-word reply)`);
for (const side of SIDES) {
  console.log(
    `  ${side.padEnd(12)} CPU ${fmt(cpu[side])} µs/event   ${fmt(rate[side], 0)} events/s   TTFT ${fmt(first[side], 3)} ms`,
  );
}
console.log(
  `  ratios vs openai: CPU/event v3 ${ratio(cpu['ours-v3'], cpu.openai)}, /v1/openai ${ratio(cpu['ours-openai'], cpu.openai)};` +
    ` events/s v3 ${ratio(rate.openai, rate['ours-v3'])}, /v1/openai ${ratio(rate.openai, rate['ours-openai'])} (their rate / ours: < 1 is ahead);` +
    ` TTFT v3 ${ratio(first['ours-v3'], first.openai)}, /v1/openai ${ratio(first['ours-openai'], first.openai)}`,
);

const file = await saveResults('peers-stream', {
  rounds: ROUNDS,
  ttftRounds: TTFT_ROUNDS,
  events,
  cpuUsPerEvent: cpu,
  eventsPerSec: rate,
  ttftMs: first,
});
console.log(`  → ${file}`);
