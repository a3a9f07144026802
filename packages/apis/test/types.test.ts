// #13 "Types that tell": exact response types, no index signatures, plain tool literals.
// Checked by `tsc` (the typecheck task) and run by vitest (expectTypeOf is a no-op at run time).
import { describe, expect, expectTypeOf, it } from 'vitest';
import type * as z from 'zod/mini';
import {
  APIError,
  type ChatCompletion,
  type ChatCompletionMessage,
  type ChatCompletionsV3Params,
  type ChatMessage,
  type ChatTool,
  type ChatUsage,
  type chatCompletionsV3ParamsSchema,
  chatCompletionsV3ResponseSchema,
  type chatMessageSchema,
  type chatToolSchema,
  type FinishReason,
  type RerankerResponse,
  rerankerResponseSchema,
  type ToolCall,
  type TrainingTask,
  trainingTaskSchema,
} from '../src/index.ts';
import { useEmulator } from './helpers/emulator.ts';

const env = useEmulator();

describe('response types', () => {
  it('are exact where the service is', () => {
    expectTypeOf<ChatCompletion['finishReason']>().toEqualTypeOf<FinishReason | null | undefined>();
    expectTypeOf<FinishReason>().toEqualTypeOf<'stop' | 'length' | 'tool_calls'>();
    expectTypeOf<ChatCompletionMessage['role']>().toEqualTypeOf<'assistant'>();
    expectTypeOf<ToolCall['type']>().toEqualTypeOf<'function'>();
    expectTypeOf<ChatCompletion['created']>().toEqualTypeOf<Date | undefined>();
    expectTypeOf<ChatCompletion['usage']>().toEqualTypeOf<ChatUsage | null | undefined>();
    expectTypeOf<APIError['status']>().toEqualTypeOf<number>();
  });

  it('APIError.status is the HTTP status of the answer', async () => {
    await env.ready;
    const err = await env.client.chat
      .create(
        { model: 'HCX-005', messages: [{ role: 'user', content: 'hi' }] },
        { headers: { 'x-clova-emulator-fault': 'status=503' } },
      )
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(APIError);
    expect((err as APIError).status).toBe(503);
  });

  it('let unknown server fields through at run time, without making a misspelt field compile', () => {
    const r = chatCompletionsV3ResponseSchema.parse({
      message: { role: 'assistant', content: 'hi' },
      created: 1753362971,
      somethingNew: true,
    });
    expectTypeOf(r).toEqualTypeOf<ChatCompletion>();
    // @ts-expect-error `mesage` is not a field of ChatCompletion
    expect(r.mesage).toBeUndefined();
    expect(r).toHaveProperty('somethingNew', true);
  });

  it('do the same on every endpoint (no index signature on any result)', () => {
    const reranked = rerankerResponseSchema.parse({ result: 'r', citedDocuments: [], extra: 1 });
    expectTypeOf(reranked).toEqualTypeOf<RerankerResponse>();
    // @ts-expect-error `extra` is not a field of RerankerResponse
    expect(reranked.extra).toBe(1);
    const task = trainingTaskSchema.parse({ id: 't', status: 'RUNNING', newField: 'x' });
    expectTypeOf(task).toEqualTypeOf<TrainingTask>();
    // @ts-expect-error `newField` is not a field of TrainingTask
    expect(task.newField).toBe('x');
  });
});

describe('request types', () => {
  it('accept what the schemas accept, and the other way round', () => {
    expectTypeOf<ChatCompletionsV3Params>().toExtend<
      z.input<typeof chatCompletionsV3ParamsSchema>
    >();
    expectTypeOf<
      z.input<typeof chatCompletionsV3ParamsSchema>
    >().toExtend<ChatCompletionsV3Params>();
    expectTypeOf<ChatMessage>().toExtend<z.input<typeof chatMessageSchema>>();
    expectTypeOf<z.input<typeof chatMessageSchema>>().toExtend<ChatMessage>();
    expectTypeOf<ChatTool>().toExtend<z.input<typeof chatToolSchema>>();
  });

  it('take a tool written as a plain object literal, without as const, and resend a tool call', async () => {
    await env.ready;
    const tools = [
      {
        type: 'function',
        function: {
          name: 'get_weather',
          description: 'Weather lookup',
          parameters: { type: 'object', properties: { location: { type: 'string' } } },
        },
      },
    ];
    const messages: ChatMessage[] = [{ role: 'user', content: 'What is the weather in Seoul?' }];
    const client = env.client;
    const first = await client.chat.create({ model: 'HCX-005', messages, tools, maxTokens: 1024 });
    const call = first.message.toolCalls?.[0];
    expect(call?.function.name).toBe('get_weather');
    if (call) messages.push({ role: 'assistant', content: '', toolCalls: [call] });
    expect(messages).toHaveLength(2);
  });
});
