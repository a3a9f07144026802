import { checkImagePart } from '../chat/image-part.ts';
import { resolveModel } from '../chat/resolve-model.ts';
import { checkResponseSchema } from '../chat/schema-subset.ts';
import { parseToolChoice, parseTools } from '../chat/tools.ts';
import { parseV1Messages } from '../chat/v1-request.ts';
import type { RegisterRoutes } from '../context.ts';
import {
  IMAGE_TOKENS,
  MESSAGE_OVERHEAD,
  schemaTokens,
  toolsTokens,
  turnTokens,
} from '../engine/prompt-tokens.ts';
import { fail, invalidParameter } from '../http/fail.ts';
import { ok } from '../http/respond.ts';
import { countTokens } from '../text/tokenizer.ts';
import { isObject, objectBody, optionalString } from '../validate.ts';

const V3_ROLES = new Set(['system', 'user', 'assistant', 'tool']);

/** Token counts of one v3 message, part by part (turn markers and tool calls count on its first text part). */
function v3MessageCounts(message: unknown): { role: string; content: Record<string, unknown>[] } {
  if (!isObject(message) || typeof message.role !== 'string' || !V3_ROLES.has(message.role)) {
    throw invalidParameter('messages.role');
  }
  const raw = message.content ?? '';
  const parts: Record<string, unknown>[] = [];
  if (typeof raw === 'string') parts.push({ type: 'text', text: raw, count: countTokens(raw) });
  else if (Array.isArray(raw) && raw.length) {
    for (const part of raw) {
      if (!isObject(part)) throw invalidParameter('messages.content');
      if (part.type === 'text' && typeof part.text === 'string')
        parts.push({ type: 'text', text: part.text, count: countTokens(part.text) });
      else if (part.type === 'image_url') {
        checkImagePart(part);
        parts.push({ ...part, count: IMAGE_TOKENS });
      } else throw invalidParameter('messages.content.type');
    }
  } else throw invalidParameter('messages.content');
  let extra = MESSAGE_OVERHEAD;
  if (Array.isArray(message.toolCalls)) {
    for (const call of message.toolCalls) {
      if (!isObject(call) || !isObject(call.function) || typeof call.function.name !== 'string')
        throw invalidParameter('messages.toolCalls');
      const args = call.function.arguments;
      extra +=
        countTokens(call.function.name) +
        countTokens(typeof args === 'string' ? args : JSON.stringify(args ?? {}));
    }
  }
  const host = (parts.find((p) => p.type === 'text') ?? parts[0]) as { count: number };
  host.count += extra;
  return { role: message.role, content: parts };
}

/**
 * Token calculators: chat (v1 models) `/v1/api-tools/chat-tokenize/{model}`, chat v3
 * `/v3/api-tools/chat-tokenize/{model}`, and the non-HCX tokenizer `/v1/api-tools/tokenize/{model}`
 * (also reachable on the chat path with a `{text}` body, as one doc revision shows it).
 * Counts come from the same tokenizer as `usage`, so they add up to `promptTokens`.
 */
export const registerTokenizeRoutes: RegisterRoutes = (app) => {
  const textTokens = (raw: unknown) => {
    const text = optionalString(objectBody(raw), 'text');
    if (text === undefined) throw invalidParameter('text');
    if (text.trim() === '') throw fail('40004');
    return { numTokens: countTokens(text) };
  };

  app.post('/v1/api-tools/chat-tokenize/:model', (c) => {
    const model = resolveModel(c.req.param('model'), ['v1', 'completions']);
    if (model.api === 'completions') return ok(c, textTokens(c.get('body')));
    const turns = parseV1Messages(objectBody(c.get('body')).messages);
    return ok(c, {
      messages: turns.map((t) => ({ role: t.role, content: t.text, count: turnTokens(t) })),
    });
  });

  app.post('/v1/api-tools/tokenize/:model', (c) => {
    resolveModel(c.req.param('model'), 'completions');
    return ok(c, textTokens(c.get('body')));
  });

  app.post('/v3/api-tools/chat-tokenize/:model', (c) => {
    resolveModel(c.req.param('model'), 'v3');
    const body = objectBody(c.get('body'));
    if (!Array.isArray(body.messages) || body.messages.length === 0)
      throw invalidParameter('messages');
    const result: Record<string, unknown> = { messages: body.messages.map(v3MessageCounts) };
    const tools = parseTools(body.tools);
    parseToolChoice(body.toolChoice, tools);
    if (body.tools !== undefined && body.tools !== null)
      result.tools = { count: toolsTokens(tools) };
    if (isObject(body.responseFormat) && body.responseFormat.schema !== undefined) {
      checkResponseSchema(body.responseFormat.schema);
      result.responseFormat = {
        count: schemaTokens(body.responseFormat.schema as Record<string, unknown>),
      };
    } else if (
      body.responseFormat !== undefined &&
      body.responseFormat !== null &&
      !isObject(body.responseFormat)
    ) {
      throw invalidParameter('responseFormat');
    }
    return ok(c, result);
  });
};
