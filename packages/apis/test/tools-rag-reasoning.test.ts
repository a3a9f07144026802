import { BadRequestError, RequestValidationError } from '@clova-studio/core';
import { describe, expect, it } from 'vitest';
import {
  createRagReasoning,
  type RagReasoningMessage,
  type RagReasoningTool,
} from '../src/index.ts';
import { useEmulator } from './helpers/emulator.ts';

const t = useEmulator();

const searchTool: RagReasoningTool = {
  type: 'function',
  function: {
    name: 'ncloud_cs_retrieval',
    description: 'Search tool for NCloud questions.',
    parameters: {
      type: 'object',
      properties: { query: { type: 'string', description: 'refined search query' } },
      required: ['query'],
    },
  },
};

describe('ragReasoning.create (RAG Reasoning)', () => {
  it('asks for a search, then answers from the tool result with citations', async () => {
    const user: RagReasoningMessage = { role: 'user', content: 'How do I rent an A100 GPU?' };
    const step1 = await t.client.ragReasoning.create({
      messages: [user],
      tools: [searchTool],
      toolChoice: 'auto',
      maxTokens: 1024,
    });
    const call = step1.message.toolCalls?.[0];
    expect(call?.function.name).toBe('ncloud_cs_retrieval');
    // arguments are an object on the wire and stay one
    expect(typeof call?.function.arguments).toBe('object');
    expect(step1.usage?.totalTokens).toBeGreaterThan(0);

    const step2 = await createRagReasoning(t.client.transport, {
      messages: [
        user,
        {
          role: 'assistant',
          content: '',
          toolCalls: [
            {
              id: call!.id,
              type: 'function',
              function: { name: call!.function.name, arguments: call!.function.arguments },
            },
          ],
        },
        {
          role: 'tool',
          toolCallId: call!.id,
          content: JSON.stringify({
            search_result: [
              { id: 'doc-179', doc: 'A100 servers can only be created in the KR-1 zone.' },
              { id: 'doc-248', doc: 'Create a GPU A100 server from Services > Compute > Server.' },
            ],
          }),
        },
      ],
      tools: [searchTool],
    });
    expect(step2.message.content).toMatch(/<doc-(179|248)>/);
    expect(step2.message.toolCalls ?? []).toHaveLength(0);
  });

  it.each([
    [{ messages: [], tools: [searchTool] }, 'messages'],
    [{ messages: [{ role: 'user', content: 'q' }] }, 'tools'],
    [
      { messages: [{ role: 'tool', content: '{}' }], tools: [searchTool] },
      'messages[0].toolCallId',
    ],
    [{ messages: [{ role: 'user', content: 'q' }], tools: [searchTool], topP: 0 }, 'topP'],
    [{ messages: [{ role: 'user', content: 'q' }], tools: [searchTool], topK: 129 }, 'topK'],
    [
      { messages: [{ role: 'user', content: 'q' }], tools: [searchTool], temperature: 1.5 },
      'temperature',
    ],
    [
      { messages: [{ role: 'user', content: 'q' }], tools: [searchTool], repetitionPenalty: 0 },
      'repetitionPenalty',
    ],
    [
      { messages: [{ role: 'user', content: 'q' }], tools: [searchTool], maxTokens: 4096 },
      'maxTokens',
    ],
    [{ messages: [{ role: 'user', content: 'q' }], tools: [searchTool], seed: -1 }, 'seed'],
    [
      { messages: [{ role: 'user', content: 'q' }], tools: [searchTool], toolChoice: 'always' },
      'toolChoice',
    ],
  ])('rejects %j before sending (%s)', async (params, path) => {
    const error = await (async () =>
      t.client.ragReasoning.create(
        params as unknown as Parameters<typeof t.client.ragReasoning.create>[0],
      ))().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RequestValidationError);
    expect((error as RequestValidationError).path).toBe(path);
    expect(t.emulator.requests).toHaveLength(0);
  });

  it('surfaces an empty user message as BadRequestError 40004', async () => {
    const error = await t.client.ragReasoning
      .create({ messages: [{ role: 'user', content: ' ' }], tools: [searchTool] })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BadRequestError);
    expect(error).toMatchObject({ code: '40004' });
  });
});
