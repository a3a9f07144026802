/**
 * Issue 14's emulator fuzz: every route gets malformed input of each kind (bad JSON, wrong types,
 * huge strings, deep nesting, wrong content types, bad auth) and must answer it: never a 500
 * unless a fault asked for one, never a hang, always a well-formed error envelope. The counts
 * (tried / handled / wrong) are printed and written to `.test-results/fuzz-malformed.json`.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FAULT_HEADER } from '../src/index.ts';
import { ROUTES } from './fuzz-routes.ts';
import { useEmulator } from './helpers.ts';

type Kind =
  | 'bad JSON'
  | 'wrong types'
  | 'huge strings'
  | 'deep nesting'
  | 'wrong content type'
  | 'bad auth'
  | 'requested fault';

/** One malformed request: what goes wrong, its headers and body, and the status it must get. */
interface Case {
  kind: Kind;
  headers: Record<string, string>;
  body?: string;
  /** The exact status required, when the kind decides it (else any status below 500). */
  status?: number;
}

const HUGE = 'ㄱa '.repeat(100_000); // 300,000 characters of mixed text
const nested = (levels: number, open: string, close: string, inner = '1') =>
  `${open.repeat(levels)}${inner}${close.repeat(levels)}`;

/** Fixed malformed bodies, whatever the route. */
const BAD_JSON = [
  '{',
  '{"messages": [}',
  '[1, 2',
  'nul',
  '"unterminated',
  '{"a":1,}',
  '\u0000\u0001',
];
const WRONG_TYPES = [
  '[]',
  '"text"',
  '42',
  'null',
  'true',
  '{"messages":"hi","text":5,"texts":"a","query":{},"documents":"x","input":7,"model":1}',
  '{"messages":[1,"a",null],"tools":"x","maxTokens":"10","seed":-1,"stream":"yes"}',
  '{"messages":[{"role":"user","content":{"type":"text"}}],"thinking":"high","chatHistory":{}}',
];
const HUGE_BODIES = [
  JSON.stringify({
    messages: [{ role: 'user', content: HUGE }],
    text: HUGE,
    texts: [HUGE],
    query: HUGE,
    input: [HUGE],
    documents: [{ id: 'a', doc: HUGE }],
    model: 'HCX-005',
  }),
  JSON.stringify({
    messages: [{ role: HUGE, content: 'hi' }],
    model: HUGE,
    text: 'x'.repeat(500_000),
  }),
];
const DEEP_BODIES = [
  nested(5_000, '[', ']'),
  `{"messages":[{"role":"user","content":${nested(3_000, '{"a":', '}')}}]}`,
  `{"model":"HCX-005","messages":[{"role":"user","content":"hi"}],"tools":[{"type":"function","function":{"name":"f","description":"d","parameters":${nested(2_000, '{"type":"object","properties":{"a":', '}}', '{"type":"string"}')}}}]}`,
];
const CONTENT_TYPES = [
  'text/plain',
  'application/xml',
  'application/x-www-form-urlencoded',
  'multipart/form-data',
  'multipart/form-data; boundary=xyz',
  'application/json; charset=latin1; boundary=1',
];
const BAD_AUTH: Record<string, string>[] = [
  {},
  { authorization: 'Bearer nv-00000000000000000000000000000000Nope' },
  { authorization: 'Basic dXNlcjpwYXNz' },
  { authorization: 'Bearer ' },
  { authorization: `Bearer ${'x'.repeat(4_000)}` },
  { 'x-ncp-clovastudio-api-key': 'half-of-a-legacy-pair' },
];

function casesFor(method: string, key: string): Case[] {
  const auth = { authorization: `Bearer ${key}` };
  const json = { ...auth, 'content-type': 'application/json' };
  const cases: Case[] = BAD_AUTH.map((headers) => ({
    kind: 'bad auth',
    headers: { ...headers, 'content-type': 'application/json' },
    ...(method === 'GET' ? {} : { body: '{}' }),
    status: 401,
  }));
  cases.push({
    kind: 'requested fault',
    headers: { ...json, [FAULT_HEADER]: 'status=500' },
    ...(method === 'GET' ? {} : { body: '{}' }),
    status: 500,
  });
  if (method === 'GET') return cases;
  // a DELETE takes no body: its body is ignored, so only POST bodies must get 400
  const rejected = method === 'POST' ? 400 : undefined;
  const random = fc.sample(fc.string({ maxLength: 30 }), { numRuns: 3, seed: 14 });
  for (const body of [...BAD_JSON, ...random.filter((s) => !isJson(s))])
    cases.push({ kind: 'bad JSON', headers: json, body, status: rejected });
  for (const body of WRONG_TYPES) cases.push({ kind: 'wrong types', headers: json, body });
  for (const body of HUGE_BODIES) cases.push({ kind: 'huge strings', headers: json, body });
  for (const body of DEEP_BODIES)
    cases.push({ kind: 'deep nesting', headers: json, body, status: rejected });
  for (const type of CONTENT_TYPES)
    cases.push({
      kind: 'wrong content type',
      headers: { ...auth, 'content-type': type },
      body: 'a=1&b=<x/>',
    });
  return cases;
}

function isJson(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

/** Why an answer is wrong, or `undefined` when it is right. */
async function problemWith(response: Response, path: string, c: Case): Promise<string | undefined> {
  const raw = await response.text();
  if (c.status !== undefined && response.status !== c.status)
    return `status ${response.status}, expected ${c.status}: ${raw.slice(0, 120)}`;
  if (c.status === undefined && response.status >= 500) return `status ${response.status}`;
  if (response.status < 400) return undefined;
  let parsed: { status?: { code?: unknown; message?: unknown }; error?: { code?: unknown } };
  try {
    parsed = JSON.parse(raw);
  } catch {
    return `error body is not JSON: ${raw.slice(0, 80)}`;
  }
  const error = path.startsWith('/v1/openai/') ? parsed.error : parsed.status;
  if (typeof error?.code !== 'string' || !/^\d{5}$/.test(error.code))
    return `no CLOVA code: ${raw.slice(0, 120)}`;
  return undefined;
}

describe('fuzz: malformed input of every kind on every route', () => {
  const ctx = useEmulator();

  it('answers every case below 500 (unless a fault asked for one), in time, with an envelope', async () => {
    const tally = new Map<Kind, { tried: number; handled: number; wrong: number }>();
    const wrong: string[] = [];
    for (const [method, path] of ROUTES) {
      for (const c of casesFor(method, ctx.emu.apiKey)) {
        const counts = tally.get(c.kind) ?? { tried: 0, handled: 0, wrong: 0 };
        tally.set(c.kind, counts);
        counts.tried++;
        let problem: string | undefined;
        try {
          const response = await fetch(`${ctx.emu.url}${path}`, {
            method,
            headers: c.headers,
            ...(c.body === undefined ? {} : { body: c.body }),
            // a hang is a failure: no answer within 15 s counts as wrong
            signal: AbortSignal.timeout(15_000),
          });
          problem = await problemWith(response, path, c);
        } catch (error) {
          problem = `no answer: ${(error as Error).message}`;
        }
        if (problem) {
          counts.wrong++;
          wrong.push(`${c.kind} ${method} ${path}: ${problem}`);
        } else counts.handled++;
      }
    }
    const rows = [...tally].map(([kind, n]) => ({ kind, ...n }));
    const total = rows.reduce(
      (sum, r) => ({
        tried: sum.tried + r.tried,
        handled: sum.handled + r.handled,
        wrong: sum.wrong + r.wrong,
      }),
      { tried: 0, handled: 0, wrong: 0 },
    );
    console.log(
      [
        'emulator fuzz (kind: tried / handled / wrong)',
        ...rows.map((r) => `  ${r.kind}: ${r.tried} / ${r.handled} / ${r.wrong}`),
        `  total: ${total.tried} / ${total.handled} / ${total.wrong}`,
      ].join('\n'),
    );
    await mkdir('.test-results', { recursive: true });
    await writeFile(
      '.test-results/fuzz-malformed.json',
      `${JSON.stringify({ routes: ROUTES.length, kinds: rows, total }, null, 2)}\n`,
    );
    expect(wrong).toEqual([]);
    // the server is still healthy afterwards
    const health = await fetch(`${ctx.emu.url}/v1/openai/models`, {
      headers: { authorization: `Bearer ${ctx.emu.apiKey}` },
    });
    expect(health.status).toBe(200);
  }, 120_000);
});
