import type { ModelInfo } from '../engine/models.js';
import { fail, invalidParameter } from '../http/fail.js';
import { type ChatPlan, withPromptTokens } from './chat-plan.js';
import {
  objectBody,
  optionalBoolean,
  optionalNumber,
  optionalString,
  stringList,
} from './checks.js';

/** A validated legacy Completions request. */
export interface CompletionPlan extends ChatPlan {
  text: string;
  start: string;
  restart: string;
  includeTokens: boolean;
}

/** Validates a legacy Completions body (LK models): `text` plus sampling fields. */
export function parseCompletionRequest(raw: unknown, model: ModelInfo): CompletionPlan {
  const body = objectBody(raw);
  if (typeof body.text !== 'string') throw invalidParameter('text');
  if (body.text.trim() === '') throw fail('40004');
  const start = optionalString(body, 'start') ?? '';
  const restart = optionalString(body, 'restart') ?? '';
  const includeTokens = optionalBoolean(body, 'includeTokens') ?? false;
  optionalNumber(body, 'topP', { min: 0, minExclusive: true, max: 1 });
  optionalNumber(body, 'topK', { min: 0, max: 128, integer: true });
  optionalNumber(body, 'temperature', { min: 0, max: 1 });
  optionalNumber(body, 'repeatPenalty', { min: 0, minExclusive: true, max: 10 });
  const maxTokens = optionalNumber(body, 'maxTokens', {
    min: 0,
    minExclusive: true,
    max: 2048,
    integer: true,
  });
  const stop = stringList(body, 'stopBefore');
  const includeAiFilters = optionalBoolean(body, 'includeAiFilters') ?? false;
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
