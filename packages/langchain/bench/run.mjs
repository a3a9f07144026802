// ChatClovaX vs ChatOpenAI (@langchain/openai on the emulator's /v1/openai), same run, interleaved:
// per-call latency of invoke and stream, and client CPU per streamed token.
// Run with `pnpm run bench` after `pnpm run build` (the emulator runs in a child process).
import { fork } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ChatOpenAI } from '@langchain/openai';
import { ChatClovaX } from '../dist/index.js';

const here = dirname(fileURLToPath(import.meta.url));
const ITERATIONS = Number(process.env.BENCH_ITERATIONS ?? 200);
const WARMUP = 20;

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

const child = fork(join(here, 'emulator-child.mjs'), { stdio: 'inherit' });
const { url, apiKey } = await new Promise((resolve) => child.once('message', resolve));

const common = { temperature: 0.5, maxTokens: 256 };
const ours = new ChatClovaX({
  apiKey,
  baseURL: url,
  model: 'HCX-005',
  maxRetries: 0,
  seed: 7,
  ...common,
});
const theirs = new ChatOpenAI({
  apiKey,
  model: 'HCX-005',
  configuration: { baseURL: `${url}/v1/openai` },
  maxRetries: 0,
  streamUsage: false, // the OpenAI layer rejects stream_options
  seed: 7,
  ...common,
});
const input = [
  { role: 'system', content: 'You are a helpful assistant.' },
  { role: 'user', content: 'Tell me about Seoul, Busan, Jeju and the food of Korea in detail.' },
];

const invoke = (model) => () => model.invoke(input).then(() => 0);
const stream = (model) => async () => {
  let tokens = 0;
  for await (const chunk of await model.stream(input)) if (chunk.text) tokens++;
  return tokens;
};

/** Runs the two sides interleaved (alternating which goes first); wall time and CPU per side. */
async function compare(name, mine, peer) {
  const sides = [mine, peer];
  for (let i = 0; i < WARMUP; i++) for (const fn of sides) await fn();
  const times = [[], []];
  const cpu = [0, 0];
  const tokens = [0, 0];
  for (let i = 0; i < ITERATIONS; i++) {
    for (let j = 0; j < 2; j++) {
      const k = (i + j) % 2;
      const c = process.cpuUsage();
      const t = performance.now();
      tokens[k] += await sides[k]();
      times[k].push(performance.now() - t);
      const d = process.cpuUsage(c);
      cpu[k] += d.user + d.system;
    }
  }
  const [a, b] = times.map(median);
  const result = {
    name,
    iterations: ITERATIONS,
    oursMedianMs: a,
    theirsMedianMs: b,
    latencyRatio: a / b,
    oursCpuUsPerCall: cpu[0] / ITERATIONS,
    theirsCpuUsPerCall: cpu[1] / ITERATIONS,
  };
  if (tokens[0] > 0) {
    result.oursTokensPerCall = tokens[0] / ITERATIONS;
    result.theirsTokensPerCall = tokens[1] / ITERATIONS;
    result.oursCpuUsPerToken = cpu[0] / tokens[0];
    result.theirsCpuUsPerToken = cpu[1] / tokens[1];
    result.cpuPerTokenRatio = result.oursCpuUsPerToken / result.theirsCpuUsPerToken;
  }
  return result;
}

try {
  const results = {
    date: new Date().toISOString(),
    node: process.version,
    invoke: await compare('invoke', invoke(ours), invoke(theirs)),
    stream: await compare('stream', stream(ours), stream(theirs)),
  };
  const f = (n) => n.toFixed(3);
  for (const r of [results.invoke, results.stream]) {
    console.log(
      `ChatClovaX.${r.name} vs ChatOpenAI.${r.name} (emulator, ${r.iterations} calls each, interleaved)`,
    );
    console.log(
      `  median latency  ${f(r.oursMedianMs)} ms vs ${f(r.theirsMedianMs)} ms = ${f(r.latencyRatio)}× (goal ≤ 1.0×)`,
    );
    console.log(
      `  client CPU/call ${r.oursCpuUsPerCall.toFixed(0)} µs vs ${r.theirsCpuUsPerCall.toFixed(0)} µs`,
    );
    if (r.cpuPerTokenRatio !== undefined) {
      console.log(
        `  CPU per token   ${r.oursCpuUsPerToken.toFixed(1)} µs vs ${r.theirsCpuUsPerToken.toFixed(1)} µs = ${f(r.cpuPerTokenRatio)}× (goal ≤ 1.0×; ${r.oursTokensPerCall} vs ${r.theirsTokensPerCall} tokens/call)`,
      );
    }
  }
  await mkdir(join(here, 'results'), { recursive: true });
  await writeFile(join(here, 'results', 'latest.json'), `${JSON.stringify(results, null, 2)}\n`);
} finally {
  child.kill(); // the emulator child; its keep-alive sockets would hold a graceful close open
}
