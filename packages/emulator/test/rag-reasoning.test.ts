import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AppServer } from './app-harness.ts';
import { expectStatus, startAppServer } from './app-harness.ts';

const TOOL = {
  type: 'function',
  function: {
    name: 'cloud_docs_search',
    description: 'Searches the cloud help pages. Split the question if needed.',
    parameters: {
      type: 'object',
      properties: { query: { type: 'string', description: 'refined search words' } },
      required: ['query'],
    },
  },
};
const QUESTION = 'GPU 서버는 어떻게 만드나요?';

interface RagBody {
  message: {
    role: string;
    content: string;
    thinkingContent?: string;
    toolCalls?: {
      id: string;
      type: string;
      function: { name: string; arguments: Record<string, unknown> };
    }[];
  };
  usage: { promptTokens: number; completionTokens: number; totalTokens: number };
}

describe('RAG reasoning over HTTP', () => {
  let server: AppServer;
  beforeAll(async () => {
    server = await startAppServer();
  });
  afterAll(() => server.close());

  const step1 = {
    messages: [{ role: 'user', content: QUESTION }],
    tools: [TOOL],
    toolChoice: 'auto',
    maxTokens: 1024,
  };

  it('step 1: asks for a search tool call (arguments is an object), empty content', async () => {
    const body = await expectStatus(
      await server.post('/v1/api-tools/rag-reasoning', step1),
      200,
      '20000',
    );
    const result = body.result as RagBody;
    expect(result.message.role).toBe('assistant');
    expect(result.message.content).toBe('');
    expect(typeof result.message.thinkingContent).toBe('string');
    const call = result.message.toolCalls?.[0];
    expect(call?.id).toMatch(/^call_[A-Za-z0-9]{24}$/);
    expect(call?.type).toBe('function');
    expect(call?.function.name).toBe('cloud_docs_search');
    expect(call?.function.arguments).toEqual({ query: QUESTION });
    expect(result.usage.totalTokens).toBe(
      result.usage.promptTokens + result.usage.completionTokens,
    );
  });

  it('step 2: answers from the tool results, citing them as <id>…</id>', async () => {
    const first = (await (await server.post('/v1/api-tools/rag-reasoning', step1)).json()) as {
      result: RagBody;
    };
    const call = first.result.message.toolCalls?.[0];
    const searchResult = {
      search_result: [
        { id: 'doc-17', doc: 'GPU 서버는 KR-1 리전에서만 만들 수 있습니다.' },
        { id: 'doc-24', doc: '콘솔의 Server 메뉴에서 GPU 서버를 만드세요.' },
        { id: 'doc-99', doc: '청구서는 매월 1일에 발행됩니다.' },
      ],
    };
    const body = await expectStatus(
      await server.post('/v1/api-tools/rag-reasoning', {
        messages: [
          { role: 'user', content: QUESTION },
          { role: 'assistant', content: '', toolCalls: [call] },
          { role: 'tool', toolCallId: call?.id, content: JSON.stringify(searchResult) },
        ],
        tools: [TOOL],
      }),
      200,
      '20000',
    );
    const result = body.result as RagBody;
    expect(result.message.role).toBe('assistant');
    expect(result.message.toolCalls).toBeUndefined();
    expect(result.message.content).toMatch(/<doc-(17|24)>[^<]*GPU[^<]*<\/doc-(17|24)>/);
    expect(result.message.content).not.toContain('doc-99');
  });

  it('toolChoice "none" answers without a tool call; a forced function is called', async () => {
    const none = await expectStatus(
      await server.post('/v1/api-tools/rag-reasoning', { ...step1, toolChoice: 'none' }),
      200,
      '20000',
    );
    expect((none.result as RagBody).message.toolCalls).toBeUndefined();
    expect((none.result as RagBody).message.content).not.toBe('');
    const other = { ...TOOL, function: { ...TOOL.function, name: 'billing_search' } };
    const forced = await expectStatus(
      await server.post('/v1/api-tools/rag-reasoning', {
        ...step1,
        tools: [TOOL, other],
        toolChoice: { type: 'function', function: { name: 'billing_search' } },
      }),
      200,
      '20000',
    );
    expect((forced.result as RagBody).message.toolCalls?.[0]?.function.name).toBe('billing_search');
  });

  it('is deterministic', async () => {
    const a = await (await server.post('/v1/api-tools/rag-reasoning', step1)).text();
    const b = await (await server.post('/v1/api-tools/rag-reasoning', step1)).text();
    expect(a).toBe(b);
  });

  it('errors: 40001 for missing tools/messages, bad roles, ranges, tool turn without toolCallId, unknown forced tool', async () => {
    const bad: unknown[] = [
      { messages: step1.messages },
      { tools: [TOOL] },
      { ...step1, tools: [] },
      { ...step1, messages: [] },
      { ...step1, messages: [{ role: 'robot', content: 'x' }] },
      { ...step1, messages: [{ role: 'user' }] },
      { ...step1, messages: [...step1.messages, { role: 'tool', content: '{}' }] },
      { ...step1, tools: [{ type: 'function', function: { name: 'x', parameters: {} } }] },
      { ...step1, maxTokens: 4096 },
      { ...step1, maxTokens: 1023 },
      { ...step1, temperature: 0 },
      { ...step1, topP: 1.5 },
      { ...step1, topK: 129 },
      { ...step1, repetitionPenalty: 2.5 },
      { ...step1, seed: -1 },
      { ...step1, toolChoice: 'required' },
      { ...step1, toolChoice: { type: 'function', function: { name: 'nope' } } },
      { ...step1, messages: [{ role: 'system', content: 'be brief' }] },
    ];
    for (const request of bad) {
      await expectStatus(await server.post('/v1/api-tools/rag-reasoning', request), 400, '40001');
    }
  });

  it('errors: 40004 empty user content, 40003 over 128k input tokens', async () => {
    await expectStatus(
      await server.post('/v1/api-tools/rag-reasoning', {
        ...step1,
        messages: [{ role: 'user', content: '' }],
      }),
      400,
      '40004',
    );
    await expectStatus(
      await server.post('/v1/api-tools/rag-reasoning', {
        ...step1,
        messages: [{ role: 'user', content: 'word '.repeat(128_001) }],
      }),
      400,
      '40003',
    );
  });
});
