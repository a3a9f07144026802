// Shared helpers of the peers benchmarks (peers-*.mjs): the server child process, interleaved
// rounds, medians with spread, ratios. The server always runs in a child process, so that the
// client process's `process.cpuUsage()` counts the client's work only.
import { fork } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import OpenAI from 'openai';
import { ClovaStudio } from '../dist/index.js';

const here = dirname(fileURLToPath(import.meta.url));

/**
 * Starts `peers-server.mjs` in a child process: `{ mode: 'emulator', options }` (the emulator with
 * those options) or `{ mode: 'replay' }` (a raw node:http server replaying emulator captures).
 * Resolves to `{ url, apiKey, close() }`.
 */
export async function startServer(spec) {
  const child = fork(join(here, 'peers-server.mjs'), [JSON.stringify(spec)], {
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const ready = await new Promise((resolve, reject) => {
    child.once('message', resolve);
    child.once('exit', (code) => reject(new Error(`bench server exited with ${code}`)));
  });
  return {
    ...ready,
    close: () =>
      new Promise((resolve) => {
        child.once('exit', resolve);
        child.kill();
      }),
  };
}

/** The clients compared: ours (native v3 and `/v1/openai`) and `openai`, sending `headers` if given. */
export function clients(server, { headers } = {}) {
  const ours = new ClovaStudio({
    apiKey: server.apiKey,
    baseURL: server.url,
    maxRetries: 0,
    logLevel: 'off',
    timeout: 600_000,
    streamIdleTimeout: 600_000,
    ...(headers ? { headers } : {}),
  });
  const openai = new OpenAI({
    apiKey: server.apiKey,
    baseURL: `${server.url}/v1/openai`,
    maxRetries: 0,
    timeout: 600_000,
    ...(headers ? { defaultHeaders: headers } : {}),
  });
  return { ours, openai };
}

/** Side names, in the order the tables show them. */
export const SIDES = ['ours-v3', 'ours-openai', 'openai'];

/**
 * Runs `fn(side, round)` for every side in each of `rounds` rounds, rotating the order each round
 * so that drift, GC and the machine's load hit every side alike; `warmup` rounds are not kept.
 * `fn` returns a number or an object of numbers; the result is, per side, the list of them.
 */
export async function interleave(sides, rounds, warmup, fn) {
  const out = Object.fromEntries(sides.map((s) => [s, []]));
  for (let r = 0; r < warmup + rounds; r++) {
    for (let j = 0; j < sides.length; j++) {
      const side = sides[(r + j) % sides.length];
      const value = await fn(side, r);
      if (r >= warmup) out[side].push(value);
    }
  }
  return out;
}

/** The q-quantile of `xs` (linear interpolation). */
export function quantile(xs, q) {
  const s = [...xs].sort((a, b) => a - b);
  if (s.length === 0) return Number.NaN;
  const at = (s.length - 1) * q;
  const lo = Math.floor(at);
  const hi = Math.ceil(at);
  return s[lo] + (s[hi] - s[lo]) * (at - lo);
}

/** Median and interquartile range of `xs`. */
export function spread(xs) {
  return {
    median: quantile(xs, 0.5),
    p25: quantile(xs, 0.25),
    p75: quantile(xs, 0.75),
    n: xs.length,
  };
}

/** `12.3 (11.9–12.8)`: median and interquartile range, with `digits` decimals. */
export function fmt(s, digits = 2) {
  return `${s.median.toFixed(digits)} (${s.p25.toFixed(digits)}–${s.p75.toFixed(digits)})`;
}

/** `0.83×`, or `–` when a side is missing. */
export const ratio = (ours, theirs) =>
  ours && theirs ? `${(ours.median / theirs.median).toFixed(2)}×` : '–';

/** Picks field `key` of each measurement of each side and summarises it. */
export function summarise(bySide, key) {
  return Object.fromEntries(
    Object.entries(bySide).map(([side, xs]) => [side, spread(xs.map((x) => (key ? x[key] : x)))]),
  );
}

/** Writes `bench/results/<name>.json`. */
export async function saveResults(name, data) {
  await mkdir(join(here, 'results'), { recursive: true });
  const file = join(here, 'results', `${name}.json`);
  await writeFile(
    file,
    `${JSON.stringify({ date: new Date().toISOString(), node: process.version, ...data }, null, 2)}\n`,
  );
  return file;
}

/** A garbage collection, when the process runs with `--expose-gc` (the memory children do). */
export function collect() {
  globalThis.gc?.();
  globalThis.gc?.();
}
