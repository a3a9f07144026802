// Benchmark of @clova-studio/ai-sdk-provider against @ai-sdk/openai-compatible on the emulator's
// /v1/openai layer: `generateText` and `streamText` through `ai`, same prompts, same run,
// interleaved (rotating order), the emulator in a child process so that only client work is
// measured in this one. Reports the median per-call latency ratio and the client CPU per streamed
// token. Run with `pnpm run bench` (after a build: it imports dist/).
import { spawn } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createOpenAICompatible } from '@ai-sdk/openai-compatible';
import { generateText, streamText } from 'ai';
import { createClovaStudio } from '../dist/index.js';

globalThis.AI_SDK_LOG_WARNINGS = false;
const here = dirname(fileURLToPath(import.meta.url));
const ITERATIONS = Number(process.env.BENCH_ITERATIONS ?? 300);
const WARMUP = 100;
const API_KEY = 'nv-0123456789abcdef0123456789abcdefBnch';

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

/** Starts the emulator CLI in a child process; resolves with its URL and a stop function. */
async function startEmulatorProcess() {
  const require = createRequire(import.meta.url);
  const cli = join(dirname(require.resolve('@clova-studio/emulator/package.json')), 'dist/cli.js');
  const config = join(tmpdir(), `clova-ai-sdk-bench-${process.pid}.json`);
  await writeFile(config, JSON.stringify({ apiKeys: [API_KEY], rateLimits: false }));
  const child = spawn(process.execPath, [cli, '--port', '0', '--quiet', '--config', config], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const url = await new Promise((resolve, reject) => {
    let out = '';
    child.stdout.on('data', (chunk) => {
      out += chunk;
      const match = out.match(/listening on (http:\/\/\S+)/);
      if (match) resolve(match[1]);
    });
    child.once('exit', (code) => reject(new Error(`emulator exited with ${code}`)));
  });
  return { url, stop: () => child.kill() };
}

/** Runs `sides` interleaved; per side: median latency (ms), median CPU (µs) per call and per token. */
async function compare(sides, iterations) {
  const fns = Object.values(sides);
  for (let i = 0; i < WARMUP; i++) for (const fn of fns) await fn();
  const stats = fns.map(() => ({ times: [], cpu: [], tokens: 0 }));
  for (let i = 0; i < iterations; i++) {
    for (let j = 0; j < fns.length; j++) {
      const k = (i + j) % fns.length;
      const cpu = process.cpuUsage();
      const t = performance.now();
      const tokens = await fns[k]();
      stats[k].times.push(performance.now() - t);
      const used = process.cpuUsage(cpu);
      stats[k].cpu.push(used.user + used.system);
      stats[k].tokens += tokens;
    }
  }
  return Object.fromEntries(
    Object.keys(sides).map((name, k) => [
      name,
      {
        medianMs: median(stats[k].times),
        cpuUsPerCall: median(stats[k].cpu),
        cpuUsPerToken: stats[k].tokens
          ? median(stats[k].cpu) / (stats[k].tokens / iterations)
          : null,
        tokensPerCall: stats[k].tokens / iterations,
      },
    ]),
  );
}

const emulator = await startEmulatorProcess();
try {
  const ours = createClovaStudio({ apiKey: API_KEY, baseURL: emulator.url, logLevel: 'off' });
  const theirs = createOpenAICompatible({
    name: 'clova',
    apiKey: API_KEY,
    baseURL: `${emulator.url}/v1/openai`,
  });
  const call = { prompt: 'Tell me about Seoul, Busan and Incheon', seed: 7, maxRetries: 0 };
  const generate = (model) => async () => {
    const { text } = await generateText({ model, ...call, maxOutputTokens: 64 });
    if (!text) throw new Error('empty answer');
    return 0;
  };
  const stream = (model) => async () => {
    const result = streamText({ model, ...call, maxOutputTokens: 512 });
    let deltas = 0;
    for await (const _ of result.textStream) deltas++;
    if (!deltas) throw new Error('empty stream');
    return deltas;
  };
  const results = {
    date: new Date().toISOString(),
    node: process.version,
    iterations: ITERATIONS,
    generateText: await compare(
      { ours: generate(ours('HCX-005')), openaiCompatible: generate(theirs('HCX-005')) },
      ITERATIONS,
    ),
    streamText: await compare(
      { ours: stream(ours('HCX-005')), openaiCompatible: stream(theirs('HCX-005')) },
      ITERATIONS,
    ),
  };
  const ratio = (m, f) => results[m].ours[f] / results[m].openaiCompatible[f];
  const rows = [
    [
      'generateText median latency',
      ratio('generateText', 'medianMs'),
      'generateText',
      'medianMs',
      'ms',
    ],
    ['streamText median latency', ratio('streamText', 'medianMs'), 'streamText', 'medianMs', 'ms'],
    [
      'streamText client CPU per token',
      ratio('streamText', 'cpuUsPerToken'),
      'streamText',
      'cpuUsPerToken',
      'µs',
    ],
    [
      'generateText client CPU per call',
      ratio('generateText', 'cpuUsPerCall'),
      'generateText',
      'cpuUsPerCall',
      'µs',
    ],
  ];
  console.log(
    `ours vs @ai-sdk/openai-compatible, ${ITERATIONS} interleaved calls each (${process.version})`,
  );
  for (const [label, r, m, f, unit] of rows) {
    const a = results[m].ours[f].toFixed(2);
    const b = results[m].openaiCompatible[f].toFixed(2);
    console.log(`${label.padEnd(34)} ${r.toFixed(3)}×  (${a} vs ${b} ${unit})`);
  }
  console.log(
    `tokens per streamed call: ${results.streamText.ours.tokensPerCall} vs ${results.streamText.openaiCompatible.tokensPerCall}`,
  );
  await mkdir(join(here, 'results'), { recursive: true });
  await writeFile(join(here, 'results', 'latest.json'), `${JSON.stringify(results, null, 2)}\n`);
} finally {
  emulator.stop();
}
