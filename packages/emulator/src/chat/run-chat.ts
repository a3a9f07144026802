import type { Context } from 'hono';
import type { EmulatorContext, EmulatorEnv } from '../context.ts';
import { lastUserText } from '../engine/conversation.ts';
import { type Generation, generate } from '../engine/generate.ts';
import { findScript } from '../engine/script.ts';
import { sleep } from '../engine/sleep.ts';
import { ClovaError } from '../http/clova-error.ts';
import { messageOf } from '../http/status-codes.ts';
import { hash32, randomSeed, uuidFrom } from '../random.ts';
import type { ChatPlan } from './chat-plan.ts';

/** A generated answer with the metadata every API reports. */
export interface ChatOutcome {
  generation: Generation;
  /** The seed used (the caller's, or a random one). */
  seed: number;
  /** Unix seconds; derived from the seed when the caller fixed one, so replies are byte-identical. */
  created: number;
  /** Makes a fresh UUID-shaped id (deterministic for a fixed seed). */
  nextId(): string;
}

/** Runs a validated chat plan: scripted replies first, else the deterministic generator. */
export function runChat(
  c: Context<EmulatorEnv>,
  plan: ChatPlan,
  ctx: EmulatorContext,
): ChatOutcome {
  const script = findScript(ctx.scripts, lastUserText(plan.turns));
  if (script && 'error' in script) {
    const { status, code, message } = script.error;
    throw new ClovaError(status, code, message ?? messageOf(code));
  }
  // a seed the caller (or the emulator's `seed` option) fixed makes the answer repeatable
  const fixed = plan.seed || ctx.seed;
  const seed = fixed || randomSeed();
  // dates in tool arguments follow the emulator's day, so a fixed seed repeats within a day
  const now = ctx.clock.now();
  const generation = generate({
    turns: plan.turns,
    tools: plan.tools,
    toolChoice: plan.toolChoice,
    maxTokens: plan.maxTokens,
    stop: plan.stop,
    seed,
    thinking: plan.thinking,
    ...(plan.responseSchema ? { responseSchema: plan.responseSchema } : {}),
    ...(script ? { script } : {}),
    now,
  });
  c.set('tokens', plan.promptTokens + generation.completionTokens);
  const created = fixed
    ? 1_700_000_000 + (hash32('created', seed) % 60_000_000)
    : Math.floor(now / 1000);
  return { generation, seed, created, nextId: () => uuidFrom(generation.random) };
}

/** Waits as long as generating the answer would take with the latency options (non-streaming replies). */
export async function simulateLatency(ctx: EmulatorContext, outcome: ChatOutcome): Promise<void> {
  const { firstTokenMs, perTokenMs } = ctx.latency;
  const total = firstTokenMs + perTokenMs * Math.max(0, outcome.generation.completionTokens - 1);
  if (total > 0) await sleep(total);
}

/** The names a usage object's fields have on one API: prompt, completion, total, details, thinking. */
export type UsageNames = readonly [string, string, string, string, string];

/**
 * The usage object of an answer under `names` (native camelCase or OpenAI snake_case); the
 * thinking tokens are given only when the plan thinks.
 */
export function usageObject(
  plan: ChatPlan,
  outcome: ChatOutcome,
  [prompt, completion, total, details, thinking]: UsageNames,
): Record<string, unknown> {
  const { completionTokens, thinkingTokens } = outcome.generation;
  const out: Record<string, unknown> = {
    [prompt]: plan.promptTokens,
    [completion]: completionTokens,
    [total]: plan.promptTokens + completionTokens,
  };
  if (plan.thinking !== 'none') out[details] = { [thinking]: thinkingTokens };
  return out;
}
