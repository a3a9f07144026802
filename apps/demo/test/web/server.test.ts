import { startEmulator } from '@clova-studio/emulator';
import type { UIMessageChunk } from 'ai';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTarget } from '../../src/target.ts';
import type { WeatherReport } from '../../src/tools/local-tools.ts';
import { chatEngines } from '../../src/web/engines/index.ts';
import type { ChatEngine, ChatModelId, SimulatedFailure } from '../../src/web/protocol.ts';
import { startChatServer } from '../../src/web/server.ts';
import { type ChatPageFixture, LONG_QUESTION, startChatPage } from '../support/chat-page.ts';

// POST /api/chat over real HTTP, both engines against the emulator: what useChat would receive.
let fixture: ChatPageFixture;

beforeAll(async () => {
  fixture = await startChatPage({ firstTokenMs: 0, perTokenMs: 0 });
});
afterAll(async () => {
  await fixture?.close();
});

function body(text: string, model: ChatModelId, engine: ChatEngine, simulate?: SimulatedFailure) {
  return JSON.stringify({
    id: 'chat-1',
    trigger: 'submit-message',
    messages: [{ id: 'u1', role: 'user', parts: [{ type: 'text', text }] }],
    model,
    engine,
    simulate,
  });
}

async function post(payload: string, signal?: AbortSignal): Promise<Response> {
  return fetch(new URL('/api/chat', fixture.server.url), {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: payload,
    signal,
  });
}

/** Reads a UI message stream (SSE `data:` lines) into its chunks. */
async function chunksOf(response: Response): Promise<UIMessageChunk[]> {
  const text = await response.text();
  return text
    .split('\n')
    .filter((line) => line.startsWith('data: ') && line !== 'data: [DONE]')
    .map((line) => JSON.parse(line.slice(6)) as UIMessageChunk);
}

const textOf = (chunks: UIMessageChunk[]) =>
  chunks.map((c) => (c.type === 'text-delta' ? c.delta : '')).join('');

describe.each(['ai-sdk', 'langchain'] as const)('POST /api/chat with the %s engine', (engine) => {
  it('runs the weather tool on the server and answers from its output, with usage', async () => {
    const response = await post(
      body('What will the weather be like in Seoul tomorrow?', 'HCX-005', engine),
    );
    expect(response.status).toBe(200);
    expect(response.headers.get('x-vercel-ai-ui-message-stream')).toBe('v1');
    const chunks = await chunksOf(response);
    const chunk = chunks.find((c) => c.type === 'tool-output-available');
    // The AI SDK sends the tool's object; a LangChain ToolMessage carries it as JSON text.
    const raw = (chunk as { output: unknown } | undefined)?.output;
    const output = (typeof raw === 'string' ? JSON.parse(raw) : raw) as WeatherReport;
    expect(output.city).toBe('Seoul');
    const temperature = output.temperatureC;
    expect(textOf(chunks)).toContain(String(temperature));
    const finish = chunks.find((c) => c.type === 'finish');
    expect(finish).toMatchObject({
      messageMetadata: { model: 'HCX-005', engine, usage: { inputTokens: expect.any(Number) } },
    });
  });

  it('streams HCX-007 reasoning before the answer', async () => {
    const chunks = await chunksOf(await post(body('Why is the sky blue?', 'HCX-007', engine)));
    const types = chunks.map((c) => c.type);
    expect(types).toContain('reasoning-delta');
    expect(types.indexOf('reasoning-delta')).toBeLessThan(types.indexOf('text-delta'));
  });

  it.each([
    ['rate-limit', /rate limiting.*HTTP 429 · code 42901/],
    ['bad-key', /rejected the API key.*HTTP 401 · code 40104/],
  ] as const)('words a simulated %s failure for people', async (simulate, message) => {
    const chunks = await chunksOf(await post(body('Hello', 'HCX-005', engine, simulate)));
    const error = chunks.find((c) => c.type === 'error');
    expect(error).toMatchObject({ errorText: expect.stringMatching(message) });
  });
});

describe('POST /api/chat, the route itself', () => {
  it('answers on HCX-DASH-002 as well', async () => {
    const chunks = await chunksOf(await post(body('Hello there', 'HCX-DASH-002', 'ai-sdk')));
    expect(textOf(chunks).length).toBeGreaterThan(0);
    expect(chunks.find((c) => c.type === 'finish')).toMatchObject({
      messageMetadata: { model: 'HCX-DASH-002' },
    });
    expect(fixture.target.emulator?.requests.at(-1)?.path).toBe(
      '/v3/chat-completions/HCX-DASH-002',
    );
  });

  it('against the real service, offers no simulations and refuses them', async () => {
    const emulator = await startEmulator({ rateLimits: false });
    const target = await openTarget({
      env: { CLOVA_STUDIO_API_KEY: emulator.apiKey, CLOVA_STUDIO_BASE_URL: emulator.url },
    });
    const server = await startChatServer({ target, engines: chatEngines });
    try {
      const config = await (await fetch(new URL('/api/config', server.url))).json();
      expect(config).toMatchObject({ target: 'service', simulations: [] });
      const refused = await fetch(new URL('/api/chat', server.url), {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: body('Hello', 'HCX-005', 'ai-sdk', 'bad-key'),
      });
      expect(refused.status).toBe(400);
      expect(emulator.requests).toHaveLength(0);
    } finally {
      await server.close();
      await target.close();
      await emulator.close();
    }
  });

  it('aborts the upstream call when the client goes away mid-answer', async () => {
    const slow = await startChatPage({ firstTokenMs: 0, perTokenMs: 20 });
    try {
      const client = new AbortController();
      const response = await fetch(new URL('/api/chat', slow.server.url), {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: body(LONG_QUESTION, 'HCX-005', 'ai-sdk'),
        signal: client.signal,
      });
      const reader = response.body!.getReader();
      let seen = '';
      while (!seen.includes('text-delta'))
        seen += new TextDecoder().decode((await reader.read()).value);
      client.abort();
      await expect
        .poll(() => slow.target.emulator?.requests.some((r) => r.aborted), { timeout: 10_000 })
        .toBe(true);
    } finally {
      await slow.close();
    }
  });

  it('rejects a bad body with 400 naming the field', async () => {
    const response = await post(
      JSON.stringify({
        messages: [{ id: 'u1', role: 'user', parts: [] }],
        model: 'GPT-4',
        engine: 'ai-sdk',
      }),
    );
    expect(response.status).toBe(400);
    expect(((await response.json()) as { error: string }).error).toMatch(/^model:/);
    const notJson = await post('{');
    expect(notJson.status).toBe(400);
  });

  it('serves the built page and the config', async () => {
    const page = await fetch(fixture.server.url);
    expect(page.headers.get('content-type')).toContain('text/html');
    expect(await page.text()).toContain('/assets/client.js');
    const script = await fetch(new URL('/assets/client.js', fixture.server.url));
    expect(script.status).toBe(200);
    const config = await (await fetch(new URL('/api/config', fixture.server.url))).json();
    expect(config).toEqual({
      target: 'emulator',
      models: ['HCX-005', 'HCX-007', 'HCX-DASH-002'],
      engines: ['ai-sdk', 'langchain'],
      simulations: ['rate-limit', 'bad-key'],
    });
    expect((await fetch(new URL('/../../package.json', fixture.server.url))).status).toBe(404);
  });
});
