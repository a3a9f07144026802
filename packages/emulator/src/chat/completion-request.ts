import type { ModelInfo } from '../engine/models.ts';
import { fail, invalidParameter } from '../http/fail.ts';
import { objectBody, optionalBoolean, optionalString } from '../validate.ts';
import { type ChatPlan, sharedChatFields, withPromptTokens } from './chat-plan.ts';

/** A validated legacy Completions request. */
export interface CompletionPlan extends ChatPlan {
  text: string;
  start: string;
  restart: string;
  includeTokens: boolean;
}

/** The number fields of a legacy Completions body, in the order they are checked. */
const COMPLETION_NUMBERS = {
  topP: { min: 0, minExclusive: true, max: 1 },
  topK: { min: 0, max: 128, integer: true },
  temperature: { min: 0, max: 1 },
  repeatPenalty: { min: 0, minExclusive: true, max: 10 },
  maxTokens: { min: 0, minExclusive: true, max: 2048, integer: true },
};

/** Validates a legacy Completions body (LK models): `text` plus sampling fields. */
export function parseCompletionRequest(raw: unknown, model: ModelInfo): CompletionPlan {
  const body = objectBody(raw);
  if (typeof body.text !== 'string') throw invalidParameter('text');
  if (body.text.trim() === '') throw fail('40004');
  const start = optionalString(body, 'start') ?? '';
  const restart = optionalString(body, 'restart') ?? '';
  const includeTokens = optionalBoolean(body, 'includeTokens') ?? false;
  const { maxTokens, stop, includeAiFilters } = sharedChatFields(
    body,
    COMPLETION_NUMBERS,
    'stopBefore',
  );
  const plan = withPromptTokens({
    model,
    turns: [{ role: 'user', text: `${body.text}${start}`, images: 0 }],
    tools: [],
    toolChoice: 'none',
    maxTokens: maxTokens ?? 100,
    stop,
    seed: undefined,
    thinking: 'none',
    includeAiFilters,
  });
  return { ...plan, text: body.text, start, restart, includeTokens };
}
