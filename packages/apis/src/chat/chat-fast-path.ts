import type * as z from 'zod/mini';
import { normalizeCreated } from '../shared/normalize-created';
import type { ChatCompletionsV3Params } from './chat-completions-v3-request';
import type { ChatCompletion } from './chat-completions-v3-response';
import { checkChatCompletionsV3Rules } from './chat-completions-v3-rules';

/**
 * Fast paths for the common `chat.create` request (text messages, sampling parameters) and result
 * (a text answer with usage). Interpreted zod/mini allocates a payload per field and dispatches
 * through a closure per schema node: 10–15 µs per request and as much per response in a process
 * that also does I/O (3 µs in a hot loop). These do the same checks in a few loops.
 *
 * Each returns exactly what the zod schema's `safeParse(…).data` returns (same keys in the same
 * order, `undefined`-valued keys kept, unknown response fields passed through, defaults applied,
 * `created` as a `Date`), or `undefined` for anything else: a field they leave to the schema
 * (`tools`, `toolChoice`, `responseFormat`, content parts, tool calls, `aiFilter`), a value out of
 * range, a broken cross-field rule. The schema then runs and reports as before, so they can only
 * accept what it accepts; `test/chat-v3-fast-path.test.ts` compares the two.
 * @module
 */

type Obj = Record<string, unknown>;

/** What a field check returns for a value the fast path does not take. */
const NO = Symbol();

/** A field in shape order: its check (value in, output or {@link NO} out) and how absence is read. */
type Field = readonly [key: string, check: (v: unknown) => unknown, absent?: typeof NO | string];

/** zod's object test: a non-null, non-array object. */
const isObject = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

/** `z.number()` with a range; `int` for `z.int()` (every range here is within the safe integers). */
const num =
  (min: number, max: number, int?: 1, gt?: 1) =>
  (v: unknown): unknown =>
    typeof v === 'number' &&
    (int ? Number.isInteger(v) : Number.isFinite(v)) &&
    (gt ? v > min : v >= min) &&
    v <= max
      ? v
      : NO;
const anyNumber = num(-Infinity, Infinity);
const str = (v: unknown) => (typeof v === 'string' ? v : NO);
const nonEmpty = (v: unknown) => (typeof v === 'string' && v !== '' ? v : NO);
const orNull = (check: (v: unknown) => unknown) => (v: unknown) => (v === null ? v : check(v));
const never = () => NO;

/**
 * `z.object` (or with `loose`, `z.looseObject`) over `fields`: a field absent from the input stays
 * absent, or fails when `absent` is {@link NO}, or takes `absent` as its default (so does a
 * present `undefined`); a present `undefined` is otherwise kept as is.
 */
function object(
  input: unknown,
  fields: readonly Field[],
  loose?: ReadonlySet<string>,
): Obj | typeof NO {
  if (!isObject(input)) return NO;
  const out: Obj = {};
  for (const [key, check, absent] of fields) {
    const present = key in input;
    const v = input[key];
    if (v === undefined && absent !== undefined) {
      if (absent === NO) return NO;
      out[key] = absent;
    } else if (present) {
      const r = v === undefined ? v : check(v);
      if (r === NO) return NO;
      out[key] = r;
    }
  }
  // the catchall: every other enumerable key, in `for…in` order, except `__proto__`
  if (loose)
    for (const key in input) if (!loose.has(key) && key !== '__proto__') out[key] = input[key];
  return out;
}

/** `z.array(check)`, indexed (a hole is `undefined` to zod). */
const array =
  (check: (v: unknown) => unknown, min = 0) =>
  (v: unknown) => {
    if (!Array.isArray(v) || v.length < min) return NO;
    const out = new Array<unknown>(v.length);
    for (let i = 0; i < v.length; i++) {
      const r = check(v[i]);
      if (r === NO) return NO;
      out[i] = r;
    }
    return out;
  };

const MESSAGES: Record<string, readonly Field[]> = {
  system: [
    ['role', str],
    ['content', str, NO],
  ],
  user: [
    ['role', str],
    ['content', str, NO],
  ],
  assistant: [
    ['role', str],
    ['content', str, NO],
    ['toolCalls', never],
  ],
  tool: [
    ['role', str],
    ['content', str, NO],
    ['toolCallId', nonEmpty, NO],
  ],
};

/** `chatMessageSchema` (a discriminated union on `role`) for plain-text messages. */
const message = (m: unknown) =>
  isObject(m) && typeof m.role === 'string' && Object.hasOwn(MESSAGES, m.role)
    ? object(m, MESSAGES[m.role] as readonly Field[])
    : NO;

const PARAMS: readonly Field[] = [
  ['model', nonEmpty],
  ['taskId', nonEmpty],
  ['messages', array(message, 1), NO],
  ['topP', num(0, 1, undefined, 1)],
  ['topK', num(0, 128, 1)],
  ['maxTokens', num(1, 4096, 1)],
  ['maxCompletionTokens', num(1, 32_768, 1)],
  ['temperature', num(0, 1)],
  ['repetitionPenalty', num(0, 2, undefined, 1)],
  ['stop', array(str)],
  ['seed', num(0, 4_294_967_295, 1)],
  ['includeAiFilters', (v) => (typeof v === 'boolean' ? v : NO)],
  [
    'thinking',
    (v) =>
      object(v, [
        ['effort', (e) => (['none', 'low', 'medium', 'high'].includes(e as string) ? e : NO)],
      ]),
  ],
  ['tools', never],
  ['toolChoice', never],
  ['responseFormat', never],
];

/** `chatCompletionsV3ParamsSchema` for the common request, or `undefined` (see the module). */
export function fastValidateChatV3Params(params: unknown): ChatCompletionsV3Params | undefined {
  const out = object(params, PARAMS);
  if (out === NO) return undefined;
  let broken = false;
  const ctx = { addIssue: () => (broken = true) } as unknown as z.core.$RefinementCtx<never>;
  checkChatCompletionsV3Rules(out as never, ctx);
  return broken ? undefined : (out as ChatCompletionsV3Params);
}

/** `z.looseObject(fields)`: the fields, then every unknown key. */
const loose = (fields: readonly Field[]) => {
  const known = new Set(fields.map((f) => f[0]));
  return (v: unknown) => object(v, fields, known);
};

const usage = loose([
  ['promptTokens', anyNumber, NO],
  ['completionTokens', anyNumber, NO],
  ['totalTokens', anyNumber, NO],
  ['completionTokensDetails', orNull(loose([['thinkingTokens', anyNumber]]))],
]);
const result = loose([
  [
    'message',
    loose([
      ['role', str, 'assistant'],
      ['content', str, ''],
      ['thinkingContent', str],
      ['toolCalls', never],
    ]),
    NO,
  ],
  ['finishReason', orNull(str)],
  [
    'created',
    (v) => (typeof v === 'string' || anyNumber(v) !== NO ? normalizeCreated(v as string) : NO),
  ],
  ['seed', anyNumber],
  ['usage', orNull(usage)],
  ['aiFilter', never],
]);

/** `chatCompletionsV3ResponseSchema` for the common result, or `undefined` (see the module). */
export function fastParseChatCompletion(data: unknown): ChatCompletion | undefined {
  const out = result(data);
  return out === NO ? undefined : (out as ChatCompletion);
}
