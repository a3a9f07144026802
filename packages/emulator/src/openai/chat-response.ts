import { type ChatOutcome, type UsageNames, usageObject } from '../chat/run-chat.ts';
import { jsonFragments } from '../chat/v3-response.ts';
import type { SseEvent } from '../http/sse.ts';
import { tokenPieces } from '../text/tokenizer.ts';
import type { OpenAiChatPlan } from './chat-request.ts';

function completionId(outcome: ChatOutcome): string {
  return `chatcmpl-${outcome.nextId().replace(/-/g, '')}`;
}

const USAGE_NAMES: UsageNames = [
  'prompt_tokens',
  'completion_tokens',
  'total_tokens',
  'completion_tokens_details',
  'reasoning_tokens',
];

function toolCalls(outcome: ChatOutcome) {
  return outcome.generation.toolCalls.map((call) => ({
    id: call.id,
    type: 'function',
    function: { name: call.name, arguments: JSON.stringify(call.arguments) },
  }));
}

/**
 * A `chat.completion` object. [UNCONFIRMED] choices: tool-call `arguments` are JSON strings (as
 * OpenAI sends them), `content` is `null` when the model calls tools, the thinking text is
 * `message.thinking_content` and its token count `usage.completion_tokens_details.reasoning_tokens`.
 */
export function openAiCompletion(
  plan: OpenAiChatPlan,
  outcome: ChatOutcome,
): Record<string, unknown> {
  const { generation } = outcome;
  const message: Record<string, unknown> = {
    role: 'assistant',
    content: generation.toolCalls.length ? null : generation.content,
  };
  if (plan.thinking !== 'none') message.thinking_content = generation.thinkingContent;
  if (generation.toolCalls.length) message.tool_calls = toolCalls(outcome);
  return {
    id: completionId(outcome),
    object: 'chat.completion',
    created: outcome.created,
    model: plan.modelName,
    choices: [{ index: 0, message, logprobs: null, finish_reason: generation.finishReason }],
    usage: usageObject(plan, outcome, USAGE_NAMES),
  };
}

/** The OpenAI-style stream: `chat.completion.chunk` objects, the last with usage, then `[DONE]`. */
export function* openAiChunks(plan: OpenAiChatPlan, outcome: ChatOutcome): Generator<SseEvent> {
  const id = completionId(outcome);
  const { generation } = outcome;
  const chunk = (
    delta: Record<string, unknown>,
    finish: string | null = null,
    extra: Record<string, unknown> = {},
  ): SseEvent => ({
    event: 'chunk',
    data: {
      id,
      object: 'chat.completion.chunk',
      created: outcome.created,
      model: plan.modelName,
      choices: [{ index: 0, delta, logprobs: null, finish_reason: finish }],
      ...extra,
    },
  });
  yield chunk({ role: 'assistant', content: '' });
  for (const piece of tokenPieces(generation.thinkingContent))
    yield chunk({ thinking_content: piece });
  for (const [index, call] of generation.toolCalls.entries()) {
    yield chunk({
      tool_calls: [
        { index, id: call.id, type: 'function', function: { name: call.name, arguments: '' } },
      ],
    });
    for (const fragment of jsonFragments(JSON.stringify(call.arguments))) {
      yield chunk({ tool_calls: [{ index, function: { arguments: fragment } }] });
    }
  }
  for (const piece of tokenPieces(generation.content)) yield chunk({ content: piece });
  yield chunk({}, generation.finishReason, { usage: usageObject(plan, outcome, USAGE_NAMES) });
  yield { event: 'done', data: '[DONE]' };
}
