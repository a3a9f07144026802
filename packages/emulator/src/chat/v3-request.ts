import type { ModelInfo } from '../engine/models.ts';
import type { ThinkingEffort } from '../engine/thinking.ts';
import { fail, invalidParameter } from '../http/fail.ts';
import { isObject, objectBody, SEED_RULE } from '../validate.ts';
import { type ChatPlan, sharedChatFields, withPromptTokens } from './chat-plan.ts';
import { checkResponseSchema } from './schema-subset.ts';
import { parseToolChoice, parseTools } from './tools.ts';
import { parseV3Messages } from './v3-messages.ts';

const EFFORTS = new Set<ThinkingEffort>(['none', 'low', 'medium', 'high']);
const DEFAULT_COMPLETION: Record<ThinkingEffort, number> = {
  none: 512,
  low: 5120,
  medium: 10240,
  high: 20480,
};
/** Default `maxTokens` on v3 when none is sent. [UNCONFIRMED] (the OpenAI layer documents 512) */
export const DEFAULT_V3_MAX_TOKENS = 512;

function parseThinking(value: unknown): ThinkingEffort | undefined {
  if (value === undefined || value === null) return undefined;
  if (!isObject(value)) throw invalidParameter('thinking');
  if (value.effort === undefined) return 'low';
  if (typeof value.effort !== 'string' || !EFFORTS.has(value.effort as ThinkingEffort))
    throw invalidParameter('thinking.effort');
  return value.effort as ThinkingEffort;
}

function parseResponseFormat(value: unknown): Record<string, unknown> | undefined {
  if (value === undefined || value === null) return undefined;
  if (!isObject(value) || value.type !== 'json') throw invalidParameter('responseFormat.type');
  checkResponseSchema(value.schema);
  return value.schema as Record<string, unknown>;
}

/**
 * Validates a Chat Completions v3 body for `model` (a catalogue model, or a tuned task when
 * `task` is true) and returns the plan, or throws the documented error.
 */
export function parseV3Request(raw: unknown, model: ModelInfo, task = false): ChatPlan {
  const body = objectBody(raw);
  const turns = parseV3Messages(body.messages);
  const { maxTokens, maxCompletionTokens, seed, stop, includeAiFilters } = sharedChatFields(
    body,
    {
      topP: { min: 0, minExclusive: true, max: 1 },
      topK: { min: 0, max: 128, integer: true },
      temperature: { min: 0, max: 1 },
      repetitionPenalty: { min: 0, minExclusive: true, max: 2 },
      maxTokens: { min: 1, max: model.maxOutput, integer: true },
      maxCompletionTokens: { min: 1, max: 32_768, integer: true },
      seed: SEED_RULE,
    },
    'stop',
  );
  const thinking = parseThinking(body.thinking);
  const tools = parseTools(body.tools);
  const toolChoice = parseToolChoice(body.toolChoice, tools);
  const responseSchema = parseResponseFormat(body.responseFormat);
  const images = turns.reduce((n, t) => n + t.images, 0);

  if (task) {
    if (tools.length) throw invalidParameter('tools');
    if (thinking !== undefined) throw invalidParameter('thinking');
    if (responseSchema) throw invalidParameter('responseFormat');
  }
  if (images && !model.vision) throw fail('40009', 'Unsupported input format');
  if (maxTokens !== undefined && maxCompletionTokens !== undefined)
    throw invalidParameter('maxTokens', 'maxCompletionTokens');
  if (!model.reasoning && thinking !== undefined) throw invalidParameter('thinking');
  if (!model.reasoning && responseSchema) throw invalidParameter('responseFormat');
  if (model.reasoning && maxTokens !== undefined) throw invalidParameter('maxTokens');
  const effort: ThinkingEffort = model.reasoning ? (thinking ?? 'low') : 'none';
  if (tools.length && effort !== 'none') throw invalidParameter('tools', 'thinking');
  if (responseSchema && effort !== 'none') throw invalidParameter('responseFormat', 'thinking');
  if (stop.length && effort !== 'none') throw invalidParameter('stop', 'thinking');
  if (tools.length && responseSchema) throw invalidParameter('tools', 'responseFormat');
  if (tools.length && images) throw invalidParameter('tools', 'messages');
  const cap = maxTokens ?? maxCompletionTokens;
  if (tools.length && cap !== undefined && cap < 1024) {
    throw invalidParameter('tools', maxTokens !== undefined ? 'maxTokens' : 'maxCompletionTokens');
  }
  if (
    !model.reasoning &&
    maxCompletionTokens !== undefined &&
    maxCompletionTokens > model.maxOutput
  ) {
    throw invalidParameter('maxCompletionTokens');
  }

  const plan = {
    model,
    turns,
    tools,
    toolChoice,
    maxTokens: cap ?? (model.reasoning ? DEFAULT_COMPLETION[effort] : DEFAULT_V3_MAX_TOKENS),
    stop,
    seed,
    thinking: effort,
    includeAiFilters,
  };
  return withPromptTokens(responseSchema ? { ...plan, responseSchema } : plan);
}
