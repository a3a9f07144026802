import type * as z from 'zod/mini';
import type { ChatCompletionsV3Params } from './chat-completions-v3-request';
import { checkChatCompletionsV3Rules } from './chat-completions-v3-rules';

/**
 * A fast path for validating the common `chat.create` request: text messages and sampling
 * parameters. Interpreted zod/mini allocates a payload per field and dispatches through a closure
 * per schema node, which costs 10–15 µs per request in a process that also does I/O (3 µs in a
 * hot loop); this function does the same checks in straight-line code.
 *
 * It returns exactly what `chatCompletionsV3ParamsSchema.safeParse(params).data` returns (same
 * keys, same order, `undefined`-valued keys kept), or `undefined` whenever the input is anything
 * else: a field it does not handle (`tools`, `toolChoice`, `responseFormat`, content parts, tool
 * calls), a value outside a documented range, a broken cross-field rule. Then the zod schema runs
 * and reports as before, so it can only accept what the schema accepts (see
 * `test/chat-v3-fast-path.test.ts`, which compares the two).
 */
export function fastValidateChatV3Params(params: unknown): ChatCompletionsV3Params | undefined {
  if (!isObject(params)) return undefined;
  const p = params as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  // keys in the schema's shape order, as zod writes them
  if (!optional(p, out, 'model', isNonEmptyString)) return undefined;
  if (!optional(p, out, 'taskId', isNonEmptyString)) return undefined;
  const messages = fastMessages(p.messages);
  if (messages === undefined) return undefined;
  out.messages = messages;
  if (!optional(p, out, 'topP', (v) => isNumber(v) && v > 0 && v <= 1)) return undefined;
  if (!optional(p, out, 'topK', (v) => isInt(v) && v >= 0 && v <= 128)) return undefined;
  if (!optional(p, out, 'maxTokens', (v) => isInt(v) && v >= 1 && v <= 4096)) return undefined;
  if (!optional(p, out, 'maxCompletionTokens', (v) => isInt(v) && v >= 1 && v <= 32_768)) {
    return undefined;
  }
  if (!optional(p, out, 'temperature', (v) => isNumber(v) && v >= 0 && v <= 1)) return undefined;
  if (!optional(p, out, 'repetitionPenalty', (v) => isNumber(v) && v > 0 && v <= 2)) {
    return undefined;
  }
  if ('stop' in p) {
    const stop = p.stop;
    if (stop === undefined) out.stop = undefined;
    else {
      // indexed, not `every`: a hole is `undefined` to zod, and `every` skips it
      if (!Array.isArray(stop)) return undefined;
      const copy = new Array<string>(stop.length);
      for (let i = 0; i < stop.length; i++) {
        const s = stop[i] as unknown;
        if (typeof s !== 'string') return undefined;
        copy[i] = s;
      }
      out.stop = copy;
    }
  }
  if (!optional(p, out, 'seed', (v) => isInt(v) && v >= 0 && v <= 4_294_967_295)) return undefined;
  if (!optional(p, out, 'includeAiFilters', (v) => typeof v === 'boolean')) return undefined;
  if ('thinking' in p) {
    const thinking = p.thinking;
    if (thinking === undefined) out.thinking = undefined;
    else if (!isObject(thinking)) return undefined;
    else {
      const t: Record<string, unknown> = {};
      const effortOk = (v: unknown) =>
        v === 'none' || v === 'low' || v === 'medium' || v === 'high';
      if (!optional(thinking as Record<string, unknown>, t, 'effort', effortOk)) return undefined;
      out.thinking = t;
    }
  }
  // left to the schema
  if ('tools' in p || 'toolChoice' in p || 'responseFormat' in p) return undefined;

  let broken = false;
  const ctx = {
    addIssue: () => {
      broken = true;
    },
  } as unknown as z.core.$RefinementCtx<never>;
  checkChatCompletionsV3Rules(
    out as unknown as Parameters<typeof checkChatCompletionsV3Rules>[0],
    ctx,
  );
  return broken ? undefined : (out as ChatCompletionsV3Params);
}

/** zod's object test: a non-null, non-array object. */
function isObject(v: unknown): v is object {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** `z.number()`: finite, not NaN. */
function isNumber(v: unknown): v is number {
  return typeof v === 'number' && Number.isFinite(v);
}

/** `z.int()` within the ranges used here (all far inside the safe integers). */
function isInt(v: unknown): v is number {
  return typeof v === 'number' && Number.isInteger(v);
}

function isNonEmptyString(v: unknown): boolean {
  return typeof v === 'string' && v.length >= 1;
}

/**
 * `z.optional(schema)` inside `z.object` for a schema whose output is its input: an absent key
 * stays absent, a present `undefined` is kept, anything else must pass `ok`.
 */
function optional(
  input: Record<string, unknown>,
  out: Record<string, unknown>,
  key: string,
  ok: (v: unknown) => boolean,
): boolean {
  if (!(key in input)) return true;
  const v = input[key];
  if (v !== undefined && !ok(v)) return false;
  out[key] = v;
  return true;
}

/** `messages` when every message is a plain-text system/user/assistant/tool message. */
function fastMessages(messages: unknown): Record<string, unknown>[] | undefined {
  if (!Array.isArray(messages) || messages.length < 1) return undefined;
  const out = new Array<Record<string, unknown>>(messages.length);
  for (let i = 0; i < messages.length; i++) {
    const m = messages[i] as unknown;
    if (!isObject(m)) return undefined;
    const { role, content } = m as Record<string, unknown>;
    if (typeof content !== 'string') return undefined;
    if (role === 'system' || role === 'user') {
      out[i] = { role, content };
    } else if (role === 'assistant') {
      if ('toolCalls' in m) {
        if ((m as Record<string, unknown>).toolCalls !== undefined) return undefined;
        out[i] = { role, content, toolCalls: undefined };
      } else {
        out[i] = { role, content };
      }
    } else if (role === 'tool') {
      const toolCallId = (m as Record<string, unknown>).toolCallId;
      if (!isNonEmptyString(toolCallId)) return undefined;
      out[i] = { role, content, toolCallId };
    } else {
      return undefined;
    }
  }
  return out;
}
