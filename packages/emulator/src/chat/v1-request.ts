import type { Turn } from '../engine/conversation.ts';
import type { ModelInfo } from '../engine/models.ts';
import { fail, invalidParameter } from '../http/fail.ts';
import { isObject, objectBody, SEED_RULE } from '../validate.ts';
import { type ChatPlan, sharedChatFields, withPromptTokens } from './chat-plan.ts';

const ROLES = new Set(['system', 'user', 'assistant']);
/** Default `maxTokens` of Chat Completions v1 (documented). */
export const DEFAULT_V1_MAX_TOKENS = 100;

/** The number fields of a v1 body, in the order they are checked. */
const V1_NUMBERS = {
  temperature: { min: 0, minExclusive: true, max: 1 },
  topK: { min: 0, max: 128, integer: true },
  topP: { min: 0, minExclusive: true, max: 1 },
  repeatPenalty: { min: 0, minExclusive: true, max: 10 },
  maxTokens: { min: 0, minExclusive: true, max: 4096, integer: true },
  seed: SEED_RULE,
};

/** Parses v1 `messages`: `{role: system|user|assistant, content: string}`. */
export function parseV1Messages(value: unknown): Turn[] {
  if (!Array.isArray(value) || value.length === 0) throw invalidParameter('messages');
  const turns = value.map((m): Turn => {
    if (!isObject(m) || typeof m.role !== 'string' || !ROLES.has(m.role))
      throw invalidParameter('messages.role');
    if (typeof m.content !== 'string') throw invalidParameter('messages.content');
    return { role: m.role as Turn['role'], text: m.content, images: 0 };
  });
  if (turns.filter((t) => t.role === 'system').length > 1) throw invalidParameter('messages');
  if (turns.every((t) => t.text.trim() === '')) throw fail('40004');
  return turns;
}

/** Validates a Chat Completions v1 body (HCX-003, HCX-DASH-001, tuned tasks). */
export function parseV1Request(raw: unknown, model: ModelInfo): ChatPlan {
  const body = objectBody(raw);
  const turns = parseV1Messages(body.messages);
  const { maxTokens, seed, stop, includeAiFilters } = sharedChatFields(
    body,
    V1_NUMBERS,
    'stopBefore',
  );
  return withPromptTokens({
    model,
    turns,
    tools: [],
    toolChoice: 'none',
    maxTokens: maxTokens ?? DEFAULT_V1_MAX_TOKENS,
    stop,
    seed,
    thinking: 'none',
    includeAiFilters,
  });
}
