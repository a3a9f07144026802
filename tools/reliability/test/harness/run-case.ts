import { randomUUID } from 'node:crypto';
import type { ClovaStudio } from '@clova-studio/apis';
import { callRoute, type Route } from './calls.ts';
import { FAULT_HEADER } from './emulator.ts';
import type { Outcome } from './judge.ts';

/** How a case calls: with a fault header, and/or aborting (before, after a delay, at the first delta). */
export interface CaseCall {
  header?: string | undefined;
  abort?: 'before' | { afterMs: number } | 'first-delta' | undefined;
}

/**
 * Calls `route` once as the case says and reports how it ended; `attempts(requestId)` says how
 * many attempts the server saw.
 */
export async function runCase(
  client: ClovaStudio,
  route: Route,
  prompt: string,
  call: CaseCall,
  attempts: (requestId: string) => number,
): Promise<Outcome> {
  const requestId = randomUUID();
  const controller = new AbortController();
  const started = performance.now();
  const { abort, header } = call;
  if (abort === 'before') controller.abort();
  const timer =
    typeof abort === 'object' ? setTimeout(() => controller.abort(), abort.afterMs) : undefined;
  const deltas: string[] = [];
  const outcome: Outcome = { ms: 0, deltas };
  try {
    outcome.text = await callRoute(client, route, prompt, {
      requestId,
      signal: controller.signal,
      deltas,
      ...(header ? { headers: { [FAULT_HEADER]: header } } : {}),
      ...(abort === 'first-delta' ? { onDelta: () => controller.abort() } : {}),
    });
  } catch (error) {
    outcome.error = error;
  }
  outcome.ms = performance.now() - started;
  clearTimeout(timer);
  outcome.attempts = attempts(requestId);
  return outcome;
}
