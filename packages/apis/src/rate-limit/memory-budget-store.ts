import type { BudgetClaim, BudgetSettlement, BudgetStore } from './budget-store.ts';

interface Entry {
  id: string;
  /** When the claim counts from (a pending claim: one window ahead, until its call starts). */
  time: number;
  tokens: number;
}

interface Bucket {
  /** Claims still inside the window, by `time`. */
  entries: Entry[];
  pausedUntil: number;
}

/**
 * The default {@link BudgetStore}: sliding windows in this process's memory. Every client of
 * the process that shares the {@link RateBudget} shares them; other processes do not (use a
 * shared store such as `@clova-studio/rate-limit-redis` for a fleet).
 */
export class MemoryBudgetStore implements BudgetStore {
  readonly #buckets = new Map<string, Bucket>();

  /** See {@link BudgetStore.reserve}. */
  reserve({ bucket: name, id, tokens, limits, windowMs, now, pending }: BudgetClaim): number {
    const bucket = this.#live(name, windowMs, now);
    if (bucket.pausedUntil > now) return bucket.pausedUntil - now;
    const { entries } = bucket;
    const rpm = limits.requestsPerMinute;
    if (rpm !== undefined && entries.length >= rpm) {
      return entries[entries.length - rpm]!.time + windowMs - now;
    }
    const tpm = limits.tokensPerMinute;
    if (tpm !== undefined && entries.length > 0) {
      let used = 0;
      for (const e of entries) used += e.tokens;
      // wait until enough of the oldest claims have left the window
      for (const e of entries) {
        if (used + tokens <= tpm) break;
        used -= e.tokens;
        if (used + tokens <= tpm || e === entries.at(-1)) return e.time + windowMs - now;
      }
    }
    // pending claims are taken in time order, so they stay sorted among themselves at the end
    entries.push({ id, time: pending ? now + windowMs : now, tokens });
    return 0;
  }

  /** See {@link BudgetStore.settle}. */
  settle(bucket: string, id: string, { tokens, startedAt }: BudgetSettlement): void {
    const entries = this.#buckets.get(bucket)?.entries;
    const entry = entries?.find((e) => e.id === id);
    if (!entries || !entry) return;
    if (tokens !== undefined) entry.tokens = tokens;
    if (startedAt !== undefined) {
      entry.time = startedAt;
      entries.sort((a, b) => a.time - b.time);
    }
  }

  /** See {@link BudgetStore.pause}. */
  pause(bucket: string, until: number): void {
    const b = this.#bucket(bucket);
    b.pausedUntil = Math.max(b.pausedUntil, until);
  }

  /** Requests of `bucket` inside the window at `now` (for {@link RateLimiter.available}). */
  count(bucket: string, windowMs: number, now: number): number {
    return this.#live(bucket, windowMs, now).entries.length;
  }

  #bucket(name: string): Bucket {
    let bucket = this.#buckets.get(name);
    if (!bucket) {
      bucket = { entries: [], pausedUntil: Number.NEGATIVE_INFINITY };
      this.#buckets.set(name, bucket);
    }
    return bucket;
  }

  /** The bucket with the claims that left the window at `now` dropped. */
  #live(name: string, windowMs: number, now: number): Bucket {
    const bucket = this.#bucket(name);
    const { entries } = bucket;
    let gone = 0;
    while (gone < entries.length && entries[gone]!.time + windowMs <= now) gone++;
    if (gone > 0) entries.splice(0, gone);
    return bucket;
  }
}
