// Runs N worker processes (worker.mjs) against one emulator and one Redis, for the fleet tests
// and the benchmark.
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';

const WORKER = fileURLToPath(new URL('./worker.mjs', import.meta.url));

/** `count` distinct texts of about `words` words each. */
export function makeTexts(count, words = 4) {
  const vocabulary = ['budget', 'fleet', 'minute', 'token', 'vector', 'queue', 'redis', 'clova'];
  return Array.from({ length: count }, (_, i) => {
    const parts = [`text ${i}`];
    for (let w = 0; w < words; w++) parts.push(vocabulary[(i * 7 + w * 3) % vocabulary.length]);
    return parts.join(' ');
  });
}

/**
 * Runs the fleet and resolves to its figures once every worker has exited.
 *
 * @param {object} o
 * @param {{ url: string, apiKey: string, clock: { timeScale: number } }} o.emulator
 * @param {string} o.redisURL
 * @param {string[]} o.texts
 * @param {number} [o.workers]
 * @param {{ requestsPerMinute?: number, tokensPerMinute?: number } | undefined} o.budget the shared budget (none: each worker on a limiter of its own)
 * @param {number} [o.ownRequestsPerMinute] without a budget: each worker's own limiter
 * @param {'embedMany' | 'loop'} [o.mode]
 * @param {'fail-open' | 'fail-closed'} [o.onUnavailable]
 * @param {number} [o.concurrency]
 * @param {number} [o.safetyMarginMs]
 * @param {(done: number) => void} [o.onProgress] total texts done so far
 */
export async function runFleet(o) {
  const workers = o.workers ?? 4;
  const origin = Date.now();
  const prefix = `fleet-${origin}-${Math.random().toString(36).slice(2, 8)}`;
  const doneBy = new Array(workers).fill(0);
  const warnings = [];
  const results = await Promise.all(
    Array.from({ length: workers }, (_, w) => {
      const config = {
        apiKey: o.emulator.apiKey,
        baseURL: o.emulator.url,
        redisURL: o.redisURL,
        timeScale: o.emulator.clock.timeScale,
        origin,
        prefix,
        workers,
        budget: o.budget,
        ownRequestsPerMinute: o.ownRequestsPerMinute,
        mode: o.mode ?? 'embedMany',
        onUnavailable: o.onUnavailable ?? 'fail-closed',
        concurrency: o.concurrency ?? 4,
        safetyMarginMs: o.safetyMarginMs,
        texts: o.texts.filter((_, i) => i % workers === w),
      };
      const child = spawn(process.execPath, [WORKER, JSON.stringify(config)], {
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      let stderr = '';
      child.stderr.on('data', (chunk) => {
        stderr += chunk;
      });
      let result;
      createInterface({ input: child.stdout }).on('line', (line) => {
        const message = JSON.parse(line);
        if (message.type === 'progress') {
          doneBy[w] = message.done;
          o.onProgress?.(doneBy.reduce((a, b) => a + b, 0));
        } else if (message.type === 'warn') warnings.push(message.message);
        else if (message.type === 'done') result = message;
      });
      return new Promise((resolve, reject) => {
        child.once('error', reject);
        child.once('close', (code) =>
          code === 0 && result
            ? resolve(result)
            : reject(new Error(`worker ${w} exited with ${code}:\n${stderr}`)),
        );
      });
    }),
  );
  const first = Math.min(...results.map((r) => r.first));
  const last = Math.max(...results.map((r) => r.last));
  return {
    done: results.reduce((a, r) => a + r.done, 0),
    tokens: results.reduce((a, r) => a + r.tokens, 0),
    unavailable: results.reduce((a, r) => a + r.unavailable, 0),
    warnings,
    /** Emulator-clock milliseconds from the first call to the last answer. */
    spanMs: last - first,
    /** Real milliseconds. */
    wallMs: Date.now() - origin,
  };
}

/**
 * The share of a per-minute `limit` that `used` (requests or tokens) took over `spanMs`: the
 * most a window-based server admits in that span is one limit per minute plus the window the
 * span ends in.
 */
export function budgetUse(used, limit, spanMs) {
  return used / (limit * (spanMs / 60_000 + 1));
}
