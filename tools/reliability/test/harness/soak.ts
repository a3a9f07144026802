import { createHash } from 'node:crypto';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import {
  APIConnectionError,
  APIUserAbortError,
  BadRequestError,
  ClovaStudioError,
  InternalServerError,
  RateLimitError,
  StreamTruncatedError,
} from '@clova-studio/apis';
import type { ErrorClass } from './judge.ts';
import type { tally } from './tally.ts';

/** A fault the soak injects, and what the call must end with through `@clova-studio/apis`. */
export interface SoakFault {
  header: string;
  /** Only on streaming calls (the fault acts inside a stream). */
  stream?: boolean;
  /** The error the client must throw; `undefined`: its retries recover the fault-free answer. */
  error?: ErrorClass;
  /** The caller aborts at a random moment within this many ms (the answer may win the race). */
  abortWithinMs?: number;
}

/**
 * The soak's faults: recoverable ones (`times=1`: the client's retry with the same request id
 * succeeds) and final ones (every attempt, or not retryable, or inside a stream).
 */
export const SOAK_FAULTS: readonly SoakFault[] = [
  { header: 'status=429; retry-after=1; times=1' },
  { header: 'status=429; retry-after-ms=20; times=1' },
  { header: 'status=429; times=1' },
  { header: 'status=500; times=1' },
  { header: 'status=502; html; times=1' },
  { header: 'drop; times=1' },
  { header: 'latency=3000; times=1' },
  { header: 'status=429; retry-after-ms=10', error: RateLimitError },
  { header: 'status=503', error: InternalServerError },
  { header: 'status=502; html', error: InternalServerError },
  { header: 'drop', error: APIConnectionError },
  { header: 'status=400; code=40001', error: BadRequestError },
  { header: 'cut-after=3', stream: true, error: StreamTruncatedError },
  { header: 'error-after=2; code=50000', stream: true, error: InternalServerError },
  { header: 'latency=30', abortWithinMs: 60, error: APIUserAbortError },
];

/** Soak client timeouts: an attempt gives up after 2 s, so `latency=3000` needs the retry. */
export const SOAK_TIMEOUT_MS = 2_000;

/** What the soak drives: a client or an adapter, with its operations. */
export interface SoakDriver {
  /** Operations, e.g. `['invoke', 'stream']`. */
  ops: readonly string[];
  /** Whether `op` streams. */
  isStream(op: string): boolean;
  /**
   * Calls `op` with `prompt` (and the fault header `fault`); resolves to the answer text, which
   * for a stream must be checked to equal the concatenated deltas (throw a plain `Error` if not).
   */
  call(
    op: string,
    prompt: string,
    fault: string | undefined,
    signal?: AbortSignal,
  ): Promise<string>;
  /**
   * Whether `error` is acceptable for a call that got `fault`: through apis, the exact class of
   * `fault.error`; through an adapter, the adapter's typed error for it.
   */
  accepts(error: unknown, fault: SoakFault): boolean;
  /**
   * The error `fault` ends with through this driver when its policy differs from the client's
   * (e.g. LangChain does not retry a 429 without `Retry-After`); default `fault.error`.
   */
  expectedError?(fault: SoakFault): ErrorClass | undefined;
}

/** Deterministic numbers in [0, 1) from `seed` (SHA-256 of seed and counter), so a soak can be replayed. */
export function random(seed: number): () => number {
  let n = 0;
  return () => createHash('sha256').update(`${seed}:${n++}`).digest().readUInt32BE(0) / 2 ** 32;
}

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

/** Heap used after a full collection, MB. */
export function heapMB(): number {
  gc();
  gc();
  return process.memoryUsage().heapUsed / (1024 * 1024);
}

/** Counts of the active resources of this process, by type (`TCPSocketWrap`, `Timeout`, …). */
export function resources(): Record<string, number> {
  const out: Record<string, number> = {};
  for (const r of process.getActiveResourcesInfo()) out[r] = (out[r] ?? 0) + 1;
  return out;
}

/**
 * Waits (up to `boundMs`) until this process holds no more sockets and no more timers than in
 * `baseline`: idle keep-alive sockets close by themselves within a few seconds; anything left
 * after that is held by something (an unread body, an unended stream, a pending retry timer).
 * Resolves to the resources in excess (empty when nothing leaked).
 */
export async function leaks(
  baseline: Record<string, number>,
  boundMs = 10_000,
): Promise<Record<string, number>> {
  const deadline = performance.now() + boundMs;
  for (;;) {
    const now = resources();
    const excess: Record<string, number> = {};
    for (const kind of ['TCPSocketWrap', 'TCPServerWrap', 'Timeout', 'Immediate']) {
      const extra = (now[kind] ?? 0) - (baseline[kind] ?? 0);
      if (extra > 0) excess[kind] = extra;
    }
    if (Object.keys(excess).length === 0 || performance.now() > deadline) return excess;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** Options of {@link soak}. */
export interface SoakOptions {
  calls: number;
  concurrency: number;
  /** Share of calls that get a fault. */
  faultRate: number;
  seed: number;
  /** Prompts; each call takes one (its fault-free answer is learnt first, with no fault). */
  prompts: readonly string[];
  /** A call still pending after this long counts as a hang. */
  hangMs: number;
}

/**
 * Runs `options.calls` calls of random operations and prompts through `driver`, `concurrency` at
 * a time, with a random fault from {@link SOAK_FAULTS} on about `faultRate` of them; records each
 * in `t` (handled: the fault-free answer where the fault is recoverable or absent, an accepted
 * error where it is final). Notes the heap (after a warm-up tenth and at the end) and the hangs.
 */
export async function soak(
  driver: SoakDriver,
  t: ReturnType<typeof tally>,
  options: SoakOptions,
): Promise<void> {
  const rand = random(options.seed);
  const answers = new Map<string, string>();
  for (const op of driver.ops) {
    for (const prompt of options.prompts) {
      answers.set(`${op}\0${prompt}`, await driver.call(op, prompt, undefined));
    }
  }
  const plan = Array.from({ length: options.calls }, () => {
    const op = driver.ops[Math.floor(rand() * driver.ops.length)]!;
    const prompt = options.prompts[Math.floor(rand() * options.prompts.length)]!;
    const candidates = SOAK_FAULTS.filter((f) => !f.stream || driver.isStream(op));
    const fault =
      rand() < options.faultRate ? candidates[Math.floor(rand() * candidates.length)] : undefined;
    return { op, prompt, fault };
  });
  const abortAt = plan.map(() => rand());

  let hangs = 0;
  let faulted = 0;
  let heapAfterWarmup = 0;
  const checkpoints: number[] = []; // heap after each tenth of the calls
  const warmup = Math.ceil(options.calls / 10);
  const one = async (i: number) => {
    const { op, prompt, fault: planned } = plan[i]!;
    const fault = planned && {
      ...planned,
      error: driver.expectedError ? driver.expectedError(planned) : planned.error,
    };
    if (fault) faulted++;
    let timer: NodeJS.Timeout | undefined;
    const hang = new Promise<'hang'>((resolve) => {
      timer = setTimeout(() => resolve('hang'), options.hangMs);
    });
    const controller = new AbortController();
    const abort = fault?.abortWithinMs
      ? setTimeout(() => controller.abort(), abortAt[i]! * fault.abortWithinMs)
      : undefined;
    let failure: string | undefined;
    try {
      const call = driver.call(op, prompt, fault?.header, controller.signal);
      call.catch(() => {}); // a call that lost the race to `hang` may still reject later
      const text = await Promise.race([call, hang]);
      const expected = answers.get(`${op}\0${prompt}`);
      if (text === 'hang') {
        hangs++;
        failure = 'hang';
      } else if (fault?.abortWithinMs && text === expected) {
        // the answer came before the abort
      } else if (fault?.error) failure = `resolved, expected ${fault.error.name}`;
      else if (text !== expected) failure = 'answer ≠ fault-free answer';
    } catch (error) {
      if (!fault?.error || !driver.accepts(error, fault)) {
        const typed = error instanceof ClovaStudioError ? 'typed ' : '';
        failure = `${typed}${(error as Error).name}: ${(error as Error).message?.slice(0, 160)}`;
      }
    } finally {
      clearTimeout(timer);
      clearTimeout(abort);
    }
    t.record(failure && `#${i} ${op} ${fault?.header ?? 'no fault'}: ${failure}`);
  };

  let next = 0;
  const worker = async () => {
    while (next < plan.length) {
      const i = next++;
      await one(i);
      if (i % warmup === 0 && i > 0) {
        const heap = heapMB();
        if (i === warmup) heapAfterWarmup = heap;
        checkpoints.push(Number(heap.toFixed(1)));
      }
    }
  };
  const started = performance.now();
  await Promise.all(Array.from({ length: options.concurrency }, worker));
  Object.assign(t.data.notes, {
    calls: options.calls,
    faulted,
    concurrency: options.concurrency,
    seed: options.seed,
    hangs,
    seconds: Number(((performance.now() - started) / 1000).toFixed(1)),
    heapAfterWarmupMB: Number(heapAfterWarmup.toFixed(1)),
    heapAtEndMB: Number(heapMB().toFixed(1)),
    heapByTenthMB: checkpoints,
  });
}
