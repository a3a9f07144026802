// #13 "Errors that explain": every validation message gives the rule and the value received,
// one issue per field, never a bare "Invalid input".
import { beforeAll, describe, expect, it } from 'vitest';
import {
  BadRequestError,
  type ChatCompletionsV3Params,
  chatCompletionsV3ResponseSchema,
  RequestValidationError,
} from '../src/index.ts';
import { parseResponse } from '../src/shared/parse-response.ts';
import { useEmulator } from './helpers/emulator.ts';

const env = useEmulator();
beforeAll(() => env.ready);

const hi = [{ role: 'user' as const, content: 'hi' }];

async function issuesOf(params: unknown): Promise<Record<string, string>> {
  const err = await env.client.chat
    .create(params as ChatCompletionsV3Params)
    .catch((e: unknown) => e);
  expect(err).toBeInstanceOf(RequestValidationError);
  expect(env.emulator.requests).toHaveLength(0);
  return Object.fromEntries((err as RequestValidationError).issues.map((i) => [i.path, i.message]));
}

describe('validation messages', () => {
  it.each([
    [
      { model: 'HCX-005', messages: hi, temperature: 5 },
      'temperature',
      'must be ≥ 0 and ≤ 1 (got 5)',
    ],
    [{ model: 'HCX-005', messages: hi, topP: 0 }, 'topP', 'must be > 0 and ≤ 1 (got 0)'],
    [{ model: 'HCX-005', messages: hi, topK: 129 }, 'topK', 'must be ≥ 0 and ≤ 128 (got 129)'],
    [{ model: 'HCX-005', messages: hi, topK: 1.5 }, 'topK', 'must be an integer (got 1.5)'],
    [{ model: 'HCX-005', messages: [] }, 'messages', 'must contain at least one message'],
    [{ model: 'HCX-005' }, 'messages', 'is required (an array)'],
    [
      { model: 'HCX-005', messages: [{ role: 'usr', content: 'hi' }] },
      'messages[0].role',
      'must be one of system | user | assistant | tool (got "usr")',
    ],
    [
      { model: 'HCX-005', messages: [{ role: 'user', content: 42 }] },
      'messages[0].content',
      'must be a string or an array (got 42)',
    ],
    [
      { model: 'HCX-007', messages: hi, thinking: { effort: 'max' } },
      'thinking.effort',
      'must be one of none | low | medium | high (got "max")',
    ],
    [{ model: 'HCX-005', messages: hi, stop: 'END' }, 'stop', 'must be an array (got "END")'],
    [
      {
        model: 'HCX-005',
        messages: hi,
        maxTokens: 1024,
        tools: [{ type: 'fn', function: { name: 'f', description: 'd' } }],
      },
      'tools[0].type',
      'must be "function" (got "fn")',
    ],
  ])('%j → %s %s', async (params, path, message) => {
    const issues = await issuesOf(params);
    expect(issues[path]).toBe(message);
  });

  it('never says a bare "Invalid input"', async () => {
    const issues = await issuesOf({
      model: 'HCX-005',
      messages: [{ role: 'user', content: 42 }, { role: 'tool' }],
      temperature: 'hot',
      seed: -1,
      includeAiFilters: 'yes',
      toolChoice: 'always',
    });
    expect(Object.keys(issues).length).toBeGreaterThanOrEqual(5);
    for (const message of Object.values(issues)) expect(message).not.toMatch(/^Invalid input/);
  });

  it('reports a field once (maxTokens over the type range and the model maximum)', async () => {
    const err = (await env.client.chat
      .create({ model: 'HCX-005', messages: hi, maxTokens: 5000 })
      .catch((e: unknown) => e)) as RequestValidationError;
    expect(err.issues).toEqual([
      { path: 'maxTokens', message: 'must be ≥ 1 and ≤ 4096 (got 5000)' },
    ]);
    expect(err.message).toBe('Invalid request: maxTokens: must be ≥ 1 and ≤ 4096 (got 5000)');
  });

  it('keeps the opt-out: validate: false sends the request as given', async () => {
    const err = await env.client.chat
      .create({ model: 'HCX-005', messages: hi, temperature: 5 }, { validate: false })
      .catch((e: unknown) => e);
    expect(err).not.toBeInstanceOf(RequestValidationError);
    expect(env.emulator.requests).toHaveLength(1);
  });
});

describe('unknown models', () => {
  it.each([
    ['hcx-005', 'HCX-005'],
    ['HCX_007', 'HCX-007'],
    ['hcx-003', 'HCX-003'],
  ])('a slip in %s is reported with "did you mean %s?", naming the model', async (model, id) => {
    const issues = await issuesOf({ model, messages: hi });
    expect(issues.model).toBe(`unknown model "${model}"; did you mean "${id}"?`);
  });

  it('also on chat.v1', async () => {
    const err = await env.client.chat.v1
      .create({ model: 'hcx-dash-001', messages: hi })
      .catch((e: unknown) => e);
    expect((err as RequestValidationError).issues[0]).toEqual({
      path: 'model',
      message: 'unknown model "hcx-dash-001"; did you mean "HCX-DASH-001"?',
    });
  });

  it('an id the table does not know is left to the service (it may be newer)', async () => {
    const err = await env.client.chat
      .create({ model: 'HCX-999', messages: hi })
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(BadRequestError);
    expect(env.emulator.requests.map((r) => r.path)).toEqual(['/v3/chat-completions/HCX-999']);
    // the service's 40080 "Model not found" does not say which: the error names the request
    expect((err as BadRequestError).message).toBe(
      `400 40080: Model not found (POST ${env.emulator.url}/v3/chat-completions/HCX-999)`,
    );
  });
});

describe('other messages', () => {
  it('a path id of the wrong type', async () => {
    const err = await env.client.router
      .route(42 as unknown as string, { query: 'hi' })
      .catch((e: unknown) => e);
    expect((err as RequestValidationError).issues).toEqual([
      { path: 'routerId', message: 'must be a string (got 42)' },
    ]);
  });

  it('a response missing a required field names it, with the rule', () => {
    expect(() =>
      parseResponse(chatCompletionsV3ResponseSchema, { message: { content: 1 } }),
    ).toThrow('Unexpected response from CLOVA Studio at message.content: must be a string (got 1)');
  });
});
