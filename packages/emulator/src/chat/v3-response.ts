import { aiFilter } from '../engine/ai-filter.ts';
import type { SseEvent } from '../http/sse.ts';
import { tokenPieces } from '../text/tokenizer.ts';
import type { ChatPlan } from './chat-plan.ts';
import { type ChatOutcome, type UsageNames, usageObject } from './run-chat.ts';

const USAGE_NAMES: UsageNames = [
  'promptTokens',
  'completionTokens',
  'totalTokens',
  'completionTokensDetails',
  'thinkingTokens',
];

function fullMessage(plan: ChatPlan, outcome: ChatOutcome): Record<string, unknown> {
  const { generation } = outcome;
  const message: Record<string, unknown> = { role: 'assistant', content: generation.content };
  if (plan.thinking !== 'none') message.thinkingContent = generation.thinkingContent;
  if (generation.toolCalls.length) {
    message.toolCalls = generation.toolCalls.map((call) => ({
      id: call.id,
      type: 'function',
      function: { name: call.name, arguments: call.arguments },
    }));
  }
  return message;
}

/** The `result` of a v3 reply (also the data of the stream's `result` event). */
export function v3Result(plan: ChatPlan, outcome: ChatOutcome): Record<string, unknown> {
  const result: Record<string, unknown> = {
    message: fullMessage(plan, outcome),
    finishReason: outcome.generation.finishReason,
    created: outcome.created,
    seed: outcome.seed,
    usage: usageObject(plan, outcome, USAGE_NAMES),
  };
  if (plan.includeAiFilters) result.aiFilter = aiFilter(outcome.generation.content);
  return result;
}

/** Splits argument JSON the way the service streams it: word runs and punctuation runs (`{"`, `location`, `":`). */
export function jsonFragments(json: string): string[] {
  return json.match(/[\p{L}\p{N}_]+|[^\p{L}\p{N}_]+/gu) ?? [];
}

/** The v3 stream: thinking deltas, then content (or tool-call) deltas, then one `result`. */
export function* v3Events(plan: ChatPlan, outcome: ChatOutcome): Generator<SseEvent> {
  const { generation, created, seed } = outcome;
  const token = (message: Record<string, unknown>): SseEvent => ({
    id: outcome.nextId(),
    event: 'token',
    data: {
      message: { role: 'assistant', ...message },
      finishReason: null,
      created,
      seed,
      usage: null,
    },
  });
  for (const piece of tokenPieces(generation.thinkingContent))
    yield token({ thinkingContent: piece });
  for (const call of generation.toolCalls) {
    yield token({
      content: '',
      toolCalls: [{ id: call.id, type: 'function', function: { name: call.name } }],
    });
    for (const piece of jsonFragments(JSON.stringify(call.arguments))) {
      yield token({
        content: '',
        toolCalls: [{ type: 'function', function: { partialJson: piece } }],
      });
    }
  }
  for (const piece of tokenPieces(generation.content)) yield token({ content: piece });
  yield { id: outcome.nextId(), event: 'result', data: v3Result(plan, outcome) };
}
