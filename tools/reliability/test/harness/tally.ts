import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { scale } from './scale.ts';

/** One part of the campaign's table: how many cases or calls were tried, handled, wrong. */
export interface Tally {
  part: string;
  tried: number;
  handled: number;
  wrong: number;
  /** What went wrong, one line each (at most 50 kept). */
  failures: string[];
  /** Extra figures of the part (durations, heap, …). */
  notes: Record<string, unknown>;
  /** Per case of a matrix: its name, the time it took and its bound (ms). */
  cases: { name: string; ms: number; minMs?: number; boundMs: number; ok: boolean }[];
}

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** A tally for `part`; `save()` writes it to `.test-results/campaign-<scale>/<file>.json`. */
export function tally(part: string, file: string) {
  const t: Tally = { part, tried: 0, handled: 0, wrong: 0, failures: [], notes: {}, cases: [] };
  return {
    data: t,
    /** Counts one case or call: handled when `failure` is undefined. */
    record(failure?: string) {
      t.tried++;
      if (failure === undefined) t.handled++;
      else {
        t.wrong++;
        if (t.failures.length < 50) t.failures.push(failure);
      }
    },
    /** Counts one case of a matrix, with the time it took and its bound. */
    recordCase(
      name: string,
      ms: number,
      bounds: { minMs?: number | undefined; boundMs: number },
      failure: string | undefined,
    ) {
      this.record(failure && `${name}: ${failure}`);
      t.cases.push({ name, ms: Math.round(ms), ...bounds, ok: failure === undefined });
    },
    save() {
      t.cases.sort((a, b) => a.name.localeCompare(b.name));
      const dir = join(root, '.test-results', `campaign-${scale()}`);
      mkdirSync(dir, { recursive: true });
      writeFileSync(join(dir, `${file}.json`), `${JSON.stringify(t, null, 2)}\n`);
    },
  };
}
