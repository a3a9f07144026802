import { RequestValidationError } from '@clova-studio/core';
import type { ChatCompletionsV1Params } from './chat-completions-v1-request.ts';
import type { ChatCompletionsV1Response } from './chat-completions-v1-response.ts';
import type { ChatCompletionsV3Params } from './chat-completions-v3-request.ts';
import type { ChatCompletion } from './chat-completions-v3-response.ts';
import { stopReasonToFinishReason } from './normalize-stop-reason.ts';

/** v3 fields that Chat Completions v1 has no equivalent for. */
const V3_ONLY = [
  'tools',
  'toolChoice',
  'thinking',
  'responseFormat',
  'maxCompletionTokens',
  'repetitionPenalty',
] as const;

/**
 * Translates `chat.create` parameters for a v1-only model (HCX-003, HCX-DASH-001) into a v1
 * request: `stop` → `stopBefore`, text parts joined into a string. v3-only features are rejected
 * (unless `strict` is false, in which case they are passed through for the service to judge);
 * `repetitionPenalty` is rejected because v1's `repeatPenalty` uses another scale.
 */
export function chatV3ParamsToV1(
  params: ChatCompletionsV3Params,
  strict: boolean,
): ChatCompletionsV1Params {
  const issues: { path: string; message: string }[] = [];
  const model = params.model ?? '';
  const { stop, messages, taskId, ...rest } = params;
  if (taskId !== undefined)
    issues.push({ path: 'model', message: 'give exactly one of model and taskId' });
  for (const field of V3_ONLY) {
    if (params[field] !== undefined) {
      issues.push({
        path: field,
        message:
          field === 'repetitionPenalty'
            ? `${model} is served by Chat Completions v1, whose repeatPenalty (0–10) differs; use client.chat.v1.create`
            : `${model} is served by Chat Completions v1, which does not support ${field}`,
      });
    }
  }
  const v1Messages = messages.map((message, i) => {
    if (message.role === 'tool' || ('toolCalls' in message && message.toolCalls !== undefined)) {
      issues.push({
        path: `messages[${i}]`,
        message: `${model} does not support function calling`,
      });
    }
    if (typeof message.content === 'string')
      return { role: message.role, content: message.content };
    const texts: string[] = [];
    message.content.forEach((part, j) => {
      if (part.type === 'text') texts.push(part.text);
      else
        issues.push({
          path: `messages[${i}].content[${j}]`,
          message: `${model} does not accept images`,
        });
    });
    return { role: message.role, content: texts.join('\n') };
  });
  if (strict && issues.length > 0) throw new RequestValidationError(issues);
  return {
    ...(rest as Omit<ChatCompletionsV1Params, 'messages'>),
    messages: v1Messages as ChatCompletionsV1Params['messages'],
    ...(stop !== undefined ? { stopBefore: stop } : {}),
  };
}

/**
 * Normalises a v1 result into the v3 shape returned by `chat.create`: `stopReason` →
 * `finishReason` (`stop_before`/`end_token` → `stop`, `length` → `length`), `inputLength` /
 * `outputLength` → `usage`. The v1 fields stay on the object too.
 */
export function chatV1ResponseToV3(result: ChatCompletionsV1Response): ChatCompletion {
  const promptTokens = result.inputLength ?? 0;
  const completionTokens = result.outputLength ?? 0;
  return {
    ...result,
    message: { ...result.message, role: 'assistant' },
    finishReason: stopReasonToFinishReason(result.stopReason),
    usage:
      result.inputLength === undefined && result.outputLength === undefined
        ? undefined
        : { promptTokens, completionTokens, totalTokens: promptTokens + completionTokens },
  };
}
