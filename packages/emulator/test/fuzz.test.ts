import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { RunningEmulator } from '../src/index.ts';
import { ROUTES } from './fuzz-routes.ts';
import { useEmulator } from './helpers.ts';

const text = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.constantFrom('안녕하세요', 'weather in Seoul', '', ' '),
);
const scalar = fc.oneof(text, fc.integer(), fc.double(), fc.boolean(), fc.constant(null));
const part = fc.oneof(
  fc.record({ type: fc.constant('text'), text: fc.oneof(text, scalar) }),
  fc.record({
    type: fc.constant('image_url'),
    imageUrl: fc.option(fc.record({ url: fc.oneof(fc.webUrl(), text) }), { nil: undefined }),
    dataUri: fc.option(
      fc.record({ data: fc.oneof(text, fc.constant('data:image/png;base64,AAAA')) }),
      { nil: undefined },
    ),
  }),
  scalar,
);
const message = fc.record(
  {
    role: fc.oneof(fc.constantFrom('system', 'user', 'assistant', 'tool', 'developer'), text),
    content: fc.oneof(text, fc.array(part, { maxLength: 3 }), scalar),
    toolCalls: fc.array(fc.anything({ maxDepth: 2 }), { maxLength: 2 }),
    toolCallId: text,
    tool_call_id: text,
  },
  { requiredKeys: ['role'] },
);
const tool = fc.oneof(
  fc.record({
    type: fc.constant('function'),
    function: fc.record(
      {
        name: fc.oneof(fc.constantFrom('get_weather', 'search'), text),
        description: fc.oneof(text, scalar),
        parameters: fc.oneof(
          fc.constant({
            type: 'object',
            properties: { location: { type: 'string' } },
            required: ['location'],
          }),
          fc.anything({ maxDepth: 3 }),
        ),
      },
      { requiredKeys: ['name'] },
    ),
  }),
  fc.anything({ maxDepth: 2 }),
);
const number = fc.oneof(fc.integer({ min: -5, max: 40_000 }), fc.double(), text, fc.constant(null));

/** Bodies shaped like the real ones, with every field possibly wrong. */
const shapedBody = fc.record(
  {
    messages: fc.oneof(fc.array(message, { maxLength: 4 }), scalar),
    model: fc.oneof(fc.constantFrom('HCX-005', 'HCX-007', 'HCX-003', 'bge-m3', 'LK-D2'), text),
    text: fc.oneof(text, scalar),
    query: fc.oneof(text, scalar),
    input: fc.oneof(text, fc.array(text, { maxLength: 3 }), scalar),
    documents: fc.array(fc.oneof(fc.record({ id: text, doc: text }), scalar), { maxLength: 3 }),
    tools: fc.oneof(fc.array(tool, { maxLength: 2 }), scalar),
    toolChoice: fc.oneof(fc.constantFrom('auto', 'none'), fc.anything({ maxDepth: 2 })),
    tool_choice: fc.oneof(
      fc.constantFrom('auto', 'none', 'required'),
      fc.anything({ maxDepth: 2 }),
    ),
    thinking: fc.oneof(
      fc.record({ effort: fc.oneof(fc.constantFrom('none', 'low', 'high'), text) }),
      scalar,
    ),
    responseFormat: fc.oneof(
      fc.record({ type: fc.constant('json'), schema: fc.anything({ maxDepth: 3 }) }),
      scalar,
    ),
    response_format: fc.anything({ maxDepth: 3 }),
    maxTokens: number,
    maxCompletionTokens: number,
    max_tokens: number,
    temperature: number,
    topP: number,
    topK: number,
    seed: number,
    stop: fc.oneof(fc.array(text, { maxLength: 2 }), scalar),
    stream: fc.oneof(fc.boolean(), scalar),
    includeAiFilters: fc.oneof(fc.boolean(), scalar),
    tokenStream: fc.oneof(fc.boolean(), scalar),
    trainingDatasetFilePath: text,
  },
  { requiredKeys: [] },
);

const body = fc.oneof(
  shapedBody.map((b) => JSON.stringify(b)),
  fc.jsonValue({ maxDepth: 3 }).map((v) => JSON.stringify(v)),
  fc.string({ maxLength: 60 }),
  fc.constant(''),
);

const statuses = new Map<number, number>();

async function expectWellFormed(response: Response, path: string): Promise<void> {
  statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1);
  expect(response.status, `${path} → ${response.status}`).toBeLessThan(500);
  const type = response.headers.get('content-type') ?? '';
  const raw = await response.text();
  if (type.includes('text/event-stream')) {
    expect(response.status).toBe(200);
    return;
  }
  if (response.status === 204) return;
  const parsed = JSON.parse(raw) as {
    status?: { code: string; message: string };
    error?: { code: string; message: string };
  };
  if (response.status >= 400) {
    const error = path.startsWith('/v1/openai/') ? parsed.error : (parsed.status ?? parsed.error);
    expect(error?.code, raw).toMatch(/^\d{5}$/);
    expect(typeof error?.message).toBe('string');
    expect(error?.message.length).toBeGreaterThan(0);
  }
}

function send(
  emu: RunningEmulator,
  method: string,
  path: string,
  headers: Record<string, string>,
  payload?: string,
) {
  return fetch(`${emu.url}${path}`, {
    method,
    headers,
    ...(method === 'GET' ? {} : { body: payload }),
  });
}

describe('fuzz: random bodies, headers and paths never produce a 500 or a crash', () => {
  const ctx = useEmulator();

  it('random bodies on every route', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...ROUTES),
        body,
        fc.constantFrom('application/json', 'text/event-stream'),
        fc.constantFrom('', '/testapp', '/serviceapp'),
        fc.boolean(),
        async ([method, path], payload, accept, prefix, slash) => {
          const full = `${prefix}${path}${slash ? '/' : ''}`;
          const response = await send(
            ctx.emu,
            method,
            full,
            {
              authorization: `Bearer ${ctx.emu.apiKey}`,
              'content-type': 'application/json',
              accept,
            },
            payload,
          );
          await expectWellFormed(response, path);
        },
      ),
      { numRuns: 400 },
    );
    // the shaped bodies get past validation often enough to exercise generation, not only errors
    expect(statuses.get(200) ?? 0).toBeGreaterThan(10);
    expect([...statuses.keys()].every((s) => s < 500)).toBe(true);
  });

  it('random headers and paths', async () => {
    const segment = fc.oneof(
      fc.constantFrom(
        'v1',
        'v3',
        'openai',
        'api-tools',
        'tasks',
        'chat-completions',
        'HCX-005',
        '..',
        '%',
        '%E0%A4%A',
      ),
      fc.string({ minLength: 1, maxLength: 8 }).map((s) => encodeURIComponent(s)),
    );
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.constantFrom(...ROUTES).map(([, p]) => p),
          fc.array(segment, { minLength: 0, maxLength: 5 }).map((s) => `/${s.join('/')}`),
        ),
        fc.constantFrom('GET', 'POST', 'DELETE', 'PUT', 'PATCH'),
        fc.record(
          {
            authorization: fc.oneof(
              fc.constant('KEY'),
              fc.string({ maxLength: 20 }).filter((s) => /^[\x20-\x7e]*$/.test(s)),
            ),
            'content-type': fc.oneof(
              fc.constantFrom(
                'application/json',
                'text/plain',
                'multipart/form-data',
                'application/json; charset=utf-8',
                '',
              ),
              fc.string({ maxLength: 10 }).filter((s) => /^[\x21-\x7e]*$/.test(s)),
            ),
            accept: fc.constantFrom('*/*', 'text/event-stream', 'application/json'),
            'x-clova-emulator-fault': fc.constantFrom(
              'times=x',
              'code=abc',
              'status=abc',
              'retry-after=-1',
              ';;;',
              'unknown=1',
            ),
            'x-ncp-clovastudio-request-id': fc
              .string({ maxLength: 12 })
              .filter((s) => /^[\x21-\x7e]*$/.test(s)),
          },
          { requiredKeys: [] },
        ),
        body,
        async (path, method, rawHeaders, payload) => {
          const headers = { ...rawHeaders };
          if (headers.authorization === 'KEY') headers.authorization = `Bearer ${ctx.emu.apiKey}`;
          const response = await send(ctx.emu, method, path, headers, payload);
          await expectWellFormed(response, path);
        },
      ),
      { numRuns: 300 },
    );
    const health = await fetch(`${ctx.emu.url}/v1/openai/models`, {
      headers: { authorization: `Bearer ${ctx.emu.apiKey}` },
    });
    expect(health.status).toBe(200);
  });
});
