import type { Context } from 'hono';
import type { EmulatorContext, EmulatorEnv } from '../context.ts';
import { ok } from '../http/respond.ts';
import { type SseEvent, sseResponse, wantsStream } from '../http/sse.ts';
import type { ChatPlan } from './chat-plan.ts';
import { type ChatOutcome, runChat, simulateLatency } from './run-chat.ts';

/** How one native chat API writes its answer: the stream events and the non-streaming `result`. */
export interface ChatWire {
  /** The SSE events of a streamed answer. */
  events(plan: ChatPlan, outcome: ChatOutcome): Iterable<SseEvent>;
  /** The `result` of the enveloped (non-streaming) answer. */
  result(plan: ChatPlan, outcome: ChatOutcome): unknown;
}

/**
 * Runs a validated native chat request and answers it: an SSE stream when `Accept` asks for one,
 * else the enveloped result after the simulated latency.
 */
export async function answerChat(
  c: Context<EmulatorEnv>,
  ctx: EmulatorContext,
  plan: ChatPlan,
  wire: ChatWire,
): Promise<Response> {
  const outcome = runChat(c, plan, ctx);
  if (wantsStream(c)) return sseResponse(c, wire.events(plan, outcome));
  await simulateLatency(ctx, outcome);
  return ok(c, wire.result(plan, outcome));
}
