import { normalizeCreated } from '../shared/normalize-created';
import type { ChatCompletion } from './chat-completions-v3-response';

type Obj = Record<string, unknown>;

/**
 * A fast path for parsing the common Chat Completions v3 `result` (a text answer, usage, no tool
 * calls, no content-filter scores), for the same reason as the request fast path: interpreted
 * zod/mini costs 10–15 µs per response in a process that also does I/O.
 *
 * It returns exactly what `chatCompletionsV3ResponseSchema.safeParse(data).data` returns (same
 * keys in the same order, unknown fields passed through, defaults applied, `created` as a `Date`),
 * or `undefined` for anything else (`toolCalls`, `aiFilter`, a missing or mistyped field), which
 * then goes to the schema. `test/chat-v3-fast-path.test.ts` compares the two.
 */
export function fastParseChatCompletion(data: unknown): ChatCompletion | undefined {
  if (!isObject(data)) return undefined;
  const d = data as Obj;
  const out: Obj = {};
  const message = fastMessage(d.message);
  if (message === undefined) return undefined;
  out.message = message;
  if (!optional(d, out, 'finishReason', (v) => v === null || typeof v === 'string')) {
    return undefined;
  }
  if ('created' in d) {
    const c = d.created;
    if (c === undefined) out.created = undefined;
    else if (typeof c === 'string' || isNumber(c)) out.created = normalizeCreated(c);
    else return undefined;
  }
  if (!optional(d, out, 'seed', isNumber)) return undefined;
  if ('usage' in d) {
    const u = d.usage;
    if (u === undefined || u === null) out.usage = u;
    else {
      const usage = fastUsage(u);
      if (usage === undefined) return undefined;
      out.usage = usage;
    }
  }
  // left to the schema
  if (d.aiFilter !== undefined) return undefined;
  if ('aiFilter' in d) out.aiFilter = undefined;
  passThrough(d, out, RESULT_KEYS);
  return out as ChatCompletion;
}

const RESULT_KEYS = new Set(['message', 'finishReason', 'created', 'seed', 'usage', 'aiFilter']);
const MESSAGE_KEYS = new Set(['role', 'content', 'thinkingContent', 'toolCalls']);
const USAGE_KEYS = new Set([
  'promptTokens',
  'completionTokens',
  'totalTokens',
  'completionTokensDetails',
]);
const DETAILS_KEYS = new Set(['thinkingTokens']);

function fastMessage(m: unknown): Obj | undefined {
  if (!isObject(m)) return undefined;
  const { role, content, thinkingContent, toolCalls } = m as Obj;
  const out: Obj = {};
  // `z._default(z.string(), …)`: absent or undefined takes the default
  if (role === undefined) out.role = 'assistant';
  else if (typeof role === 'string') out.role = role;
  else return undefined;
  if (content === undefined) out.content = '';
  else if (typeof content === 'string') out.content = content;
  else return undefined;
  if ('thinkingContent' in m) {
    if (thinkingContent !== undefined && typeof thinkingContent !== 'string') return undefined;
    out.thinkingContent = thinkingContent;
  }
  if (toolCalls !== undefined) return undefined; // left to the schema
  if ('toolCalls' in m) out.toolCalls = undefined;
  passThrough(m as Obj, out, MESSAGE_KEYS);
  return out;
}

function fastUsage(u: unknown): Obj | undefined {
  if (!isObject(u)) return undefined;
  const { promptTokens, completionTokens, totalTokens } = u as Obj;
  if (!isNumber(promptTokens) || !isNumber(completionTokens) || !isNumber(totalTokens)) {
    return undefined;
  }
  const out: Obj = { promptTokens, completionTokens, totalTokens };
  if ('completionTokensDetails' in u) {
    const d = (u as Obj).completionTokensDetails;
    if (d === undefined || d === null) out.completionTokensDetails = d;
    else if (!isObject(d)) return undefined;
    else {
      const details: Obj = {};
      if (!optional(d as Obj, details, 'thinkingTokens', isNumber)) return undefined;
      passThrough(d as Obj, details, DETAILS_KEYS);
      out.completionTokensDetails = details;
    }
  }
  passThrough(u as Obj, out, USAGE_KEYS);
  return out;
}

/** zod's object test: a non-null, non-array object. */
function isObject(v: unknown): v is object {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** `z.number()`: finite, not NaN. */
function isNumber(v: unknown): v is number {
  return typeof v === 'number' && Number.isFinite(v);
}

/** `z.optional(schema)` for a schema whose output is its input (see the request fast path). */
function optional(input: Obj, out: Obj, key: string, ok: (v: unknown) => boolean): boolean {
  if (!(key in input)) return true;
  const v = input[key];
  if (v !== undefined && !ok(v)) return false;
  out[key] = v;
  return true;
}

/** `z.looseObject`'s catchall: every other enumerable key, in `for…in` order, except `__proto__`. */
function passThrough(input: Obj, out: Obj, known: ReadonlySet<string>): void {
  for (const key in input) {
    if (known.has(key) || key === '__proto__') continue;
    out[key] = input[key];
  }
}
