import { describe, expect, it } from 'vitest';
import { chatCompletionsV3ParamsSchema } from '../src/chat/chat-completions-v3-request';
import { chatCompletionsV3ResponseSchema } from '../src/chat/chat-completions-v3-response';
import { fastParseChatCompletion, fastValidateChatV3Params } from '../src/chat/chat-fast-path';

/** Keys in order, recursively: zod's output order is part of the JSON body sent. */
function keyOrder(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(keyOrder);
  if (v !== null && typeof v === 'object') {
    return Object.entries(v).map(([k, x]) => [k, keyOrder(x)]);
  }
  return v;
}

const base = {
  model: 'HCX-005',
  messages: [
    { role: 'system', content: 'You are a concise assistant.' },
    { role: 'user', content: 'What is the capital of Korea?' },
  ],
  maxTokens: 64,
  temperature: 0.5,
  seed: 7,
};

const values: unknown[] = [
  undefined,
  null,
  0,
  -0,
  1,
  0.5,
  -1,
  1.5,
  2,
  2.5,
  64,
  128,
  129,
  1024,
  4096,
  4097,
  32_768,
  32_769,
  4_294_967_295,
  4_294_967_296,
  Number.NaN,
  Number.POSITIVE_INFINITY,
  '',
  'x',
  'HCX-007',
  'HCX-003',
  'HCX-005',
  '1',
  true,
  false,
  [],
  ['END'],
  ['a', 1],
  Object.assign(new Array(2), { 1: 'a' }), // a hole: zod reads it as undefined
  {},
  { effort: 'none' },
  { effort: 'low' },
  { effort: 'max' },
  { effort: undefined },
];

const fields = [
  'model',
  'taskId',
  'topP',
  'topK',
  'maxTokens',
  'maxCompletionTokens',
  'temperature',
  'repetitionPenalty',
  'stop',
  'seed',
  'includeAiFilters',
  'thinking',
  'tools',
  'toolChoice',
  'responseFormat',
  'unknownField',
];

const messageVariants: unknown[] = [
  [],
  undefined,
  'hi',
  [null],
  [{ role: 'user' }],
  [{ role: 'user', content: '' }],
  [{ role: 'user', content: 42 }],
  [{ role: 'user', content: [{ type: 'text', text: 'hi' }] }],
  [{ role: 'robot', content: 'hi' }],
  [{ content: 'hi' }],
  [{ role: 'user', content: 'hi', extra: 1 }],
  [
    { role: 'system', content: 'a' },
    { role: 'system', content: 'b' },
  ],
  [{ role: 'assistant', content: 'a' }],
  [{ role: 'assistant', content: 'a', toolCalls: undefined }],
  [{ role: 'assistant', content: 'a', toolCalls: [] }],
  [{ role: 'tool', content: '{}', toolCallId: 'call_1' }],
  [{ role: 'tool', content: '{}', toolCallId: '' }],
  [{ role: 'tool', content: '{}' }],
  Object.assign(new Array(2), { 1: { role: 'user', content: 'hi' } }), // a hole
];

function inputs(): unknown[] {
  const out: unknown[] = [base, null, 'x', [], {}, { messages: base.messages }];
  for (const field of fields) {
    for (const value of values) out.push({ ...base, [field]: value });
    const { [field as keyof typeof base]: _omit, ...rest } = base;
    out.push(rest);
  }
  for (const messages of messageVariants) out.push({ ...base, messages });
  // cross-field rules: the fast path must defer to zod whenever one is broken
  out.push({ ...base, model: 'HCX-007', maxTokens: 64 });
  out.push({ ...base, model: 'HCX-007', maxTokens: undefined, maxCompletionTokens: 64 });
  out.push({ ...base, model: 'HCX-007', maxTokens: undefined, stop: ['x'] });
  out.push({
    ...base,
    model: 'HCX-007',
    maxTokens: undefined,
    stop: ['x'],
    thinking: { effort: 'none' },
  });
  out.push({ ...base, model: undefined, taskId: 'abc' });
  out.push({ ...base, taskId: 'abc' });
  out.push({ ...base, maxCompletionTokens: 100 });
  out.push({ ...base, thinking: { effort: 'none' } });
  out.push(Object.create({ ...base }));
  return out;
}

describe('chat v3 request fast path', () => {
  it('takes the common request', () => {
    expect(fastValidateChatV3Params(base)).toStrictEqual(chatCompletionsV3ParamsSchema.parse(base));
  });

  it('accepts only what the schema accepts, and returns what it returns', () => {
    let taken = 0;
    for (const input of inputs()) {
      const fast = fastValidateChatV3Params(input);
      const slow = chatCompletionsV3ParamsSchema.safeParse(input);
      if (fast === undefined) continue;
      taken++;
      expect(slow.success, JSON.stringify(input)).toBe(true);
      expect(fast).toStrictEqual(slow.data);
      expect(keyOrder(fast)).toStrictEqual(keyOrder(slow.data));
    }
    expect(taken).toBeGreaterThan(50);
  });

  it('returns fresh objects (the caller may change its parameters afterwards)', () => {
    const fast = fastValidateChatV3Params({ ...base, stop: ['END'] });
    expect(fast?.messages).not.toBe(base.messages);
    expect(fast?.messages[0]).not.toBe(base.messages[0]);
  });
});

const result = {
  message: { role: 'assistant', content: 'Seoul.' },
  finishReason: 'stop',
  created: 1708972386,
  seed: 7,
  usage: { promptTokens: 24, completionTokens: 38, totalTokens: 62 },
};

function results(): unknown[] {
  const out: unknown[] = [result, null, 'x', [], {}, { message: {} }];
  const resultValues: unknown[] = [
    undefined,
    null,
    0,
    1708972386,
    1708972386123,
    '1708972386',
    'soon',
    Number.NaN,
    Number.POSITIVE_INFINITY,
    '',
    'stop',
    true,
    [],
    {},
    [{ groupName: 'curse', name: 'insult', score: '2' }],
  ];
  for (const field of [
    'message',
    'finishReason',
    'created',
    'seed',
    'usage',
    'aiFilter',
    'extra',
  ]) {
    for (const value of resultValues) out.push({ ...result, [field]: value });
    const { [field as keyof typeof result]: _omit, ...rest } = result;
    out.push(rest);
  }
  for (const field of ['role', 'content', 'thinkingContent', 'toolCalls', 'extra']) {
    for (const value of resultValues)
      out.push({ ...result, message: { ...result.message, [field]: value } });
    const { [field as keyof typeof result.message]: _omit, ...rest } = result.message;
    out.push({ ...result, message: rest });
  }
  for (const field of ['promptTokens', 'totalTokens', 'completionTokensDetails', 'extra']) {
    for (const value of [
      ...resultValues,
      { thinkingTokens: 3 },
      { thinkingTokens: 'x' },
      { thinkingTokens: 3, x: 1 },
    ]) {
      out.push({ ...result, usage: { ...result.usage, [field]: value } });
    }
    const { [field as keyof typeof result.usage]: _omit, ...rest } = result.usage;
    out.push({ ...result, usage: rest });
  }
  // unknown fields first, and an own __proto__ key as JSON.parse makes one
  out.push({ z: 1, ...result, a: { b: 2 } });
  out.push(JSON.parse('{"__proto__":{"x":1},"message":{"content":"hi"},"usage":null}'));
  out.push(Object.create(result));
  return out;
}

describe('chat v3 response fast path', () => {
  it('takes the common result', () => {
    expect(fastParseChatCompletion(result)).toStrictEqual(
      chatCompletionsV3ResponseSchema.parse(result),
    );
  });

  it('accepts only what the schema accepts, and returns what it returns', () => {
    let taken = 0;
    for (const input of results()) {
      const fast = fastParseChatCompletion(input);
      const slow = chatCompletionsV3ResponseSchema.safeParse(input);
      if (fast === undefined) continue;
      taken++;
      expect(slow.success, JSON.stringify(input)).toBe(true);
      if (fast.created instanceof Date && Number.isNaN(fast.created.getTime())) {
        expect(String(slow.data?.created)).toBe('Invalid Date');
        continue;
      }
      expect(fast).toStrictEqual(slow.data);
      expect(keyOrder(fast)).toStrictEqual(keyOrder(slow.data));
      // an own `__proto__` key must not become the result's prototype
      expect(Object.getPrototypeOf(fast)).toBe(Object.getPrototypeOf(slow.data));
    }
    expect(taken).toBeGreaterThan(50);
  });
});
