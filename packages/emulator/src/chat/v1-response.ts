import { aiFilter } from '../engine/ai-filter.ts';
import type { SseEvent } from '../http/sse.ts';
import { tokenPieces } from '../text/tokenizer.ts';
import type { ChatPlan } from './chat-plan.ts';
import type { ChatOutcome } from './run-chat.ts';

/**
 * v1 `stopReason`: `length` when the cap was reached, else `stop_before` (a natural end or a
 * `stopBefore` match). Lower case, as in the field table. [UNCONFIRMED casing]
 */
export function stopReason(outcome: ChatOutcome): 'length' | 'stop_before' {
  return outcome.generation.finishReason === 'length' ? 'length' : 'stop_before';
}

/** The `result` of a v1 reply (also the data of the stream's `result` event). */
export function v1Result(plan: ChatPlan, outcome: ChatOutcome): Record<string, unknown> {
  const result: Record<string, unknown> = {
    message: { role: 'assistant', content: outcome.generation.content },
    stopReason: stopReason(outcome),
    inputLength: plan.promptTokens,
    outputLength: outcome.generation.completionTokens,
    seed: outcome.seed,
  };
  if (plan.includeAiFilters) result.aiFilter = aiFilter(outcome.generation.content);
  return result;
}

/** The v1 stream: token deltas with running counts, one `result`, then `signal` `[DONE]`. */
export function* v1Events(plan: ChatPlan, outcome: ChatOutcome): Generator<SseEvent> {
  let outputLength = 0;
  for (const piece of tokenPieces(outcome.generation.content)) {
    outputLength++;
    yield {
      id: outcome.nextId(),
      event: 'token',
      data: {
        message: { role: 'assistant', content: piece },
        index: 0,
        inputLength: plan.promptTokens,
        outputLength,
        stopReason: null,
      },
    };
  }
  yield { id: outcome.nextId(), event: 'result', data: v1Result(plan, outcome) };
  yield { id: outcome.nextId(), event: 'signal', data: { data: '[DONE]' } };
}
