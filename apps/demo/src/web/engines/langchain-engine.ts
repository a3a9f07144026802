import { toBaseMessages, toUIMessageStream } from '@ai-sdk/langchain';
import { ChatClovaX } from '@clova-studio/langchain';
import type { BaseMessage } from '@langchain/core/messages';
import type { UIMessageChunk } from 'ai';
import { createAgent } from 'langchain';
import { langChainTools } from '../../tools/langchain-tools.ts';
import { describeError } from '../describe-error.ts';
import type { ChatMessageMetadata, ChatModelId, ChatUsage } from '../protocol.ts';
import type { EngineRequest } from './engine.ts';
import { INSTRUCTIONS, usesThinking } from './instructions.ts';

/**
 * The LangChain engine: a `createAgent` over `ChatClovaX` with the same two tools (none on
 * HCX-007, which reasons instead), streamed as LangGraph `values` + `messages` events and turned
 * into the same UI message stream by `@ai-sdk/langchain`. Usage is summed from the new AI messages
 * of the final state and sent on the `finish` chunk, as the AI SDK engine does.
 */
export async function langChainEngine(
  request: EngineRequest,
): Promise<ReadableStream<UIMessageChunk>> {
  const { model, connection, signal } = request;
  const thinking = usesThinking(model);
  const chat = new ChatClovaX({
    model,
    apiKey: connection.apiKey,
    baseURL: connection.baseURL,
    headers: { ...connection.headers },
    maxRetries: connection.maxRetries,
    ...(thinking ? { thinking: { effort: 'low' as const } } : {}),
  });
  const agent = createAgent({
    model: chat,
    tools: thinking ? [] : langChainTools,
    systemPrompt: INSTRUCTIONS,
  });
  // `@ai-sdk/langchain` pins its own `ai` (7.0.99): its UIMessage types are the same shapes, not
  // the same declarations as ours, hence the casts at its two edges.
  const input = await toBaseMessages([...request.messages] as Parameters<typeof toBaseMessages>[0]);
  const events = await agent.stream(
    { messages: input },
    { streamMode: ['values', 'messages'], signal, recursionLimit: 12 },
  );
  let finalMessages: readonly BaseMessage[] = [];
  async function* watched() {
    for await (const event of events) {
      if (event[0] === 'values') finalMessages = event[1].messages;
      yield event;
    }
  }
  let failure: unknown;
  // Its signature names model chunks only; at run time it also reads LangGraph `[mode, data]` tuples.
  const graphEvents = watched() as AsyncIterable<never>;
  const stream = toUIMessageStream(graphEvents, {
    onError: (error) => {
      failure = error;
    },
  });
  return (stream as unknown as ReadableStream<UIMessageChunk>).pipeThrough(
    withMetadata(model, {
      usage: () => sumUsage(finalMessages.slice(input.length)),
      failure: () => failure,
    }),
  );
}

/**
 * Adds the engine's metadata to the `start` chunk and the usage to the `finish` chunk, and words
 * an error the way the AI SDK engine does (`@ai-sdk/langchain` sends only `error.message`).
 */
function withMetadata(
  model: ChatModelId,
  read: { usage: () => ChatUsage; failure: () => unknown },
): TransformStream<UIMessageChunk, UIMessageChunk> {
  return new TransformStream({
    transform(chunk, controller) {
      if (chunk.type === 'error' && read.failure() !== undefined) {
        controller.enqueue({ type: 'error', errorText: describeError(read.failure()) });
        return;
      }
      if (chunk.type === 'start' || chunk.type === 'finish') {
        const metadata: ChatMessageMetadata = {
          model,
          engine: 'langchain',
          ...(chunk.type === 'finish' ? { usage: read.usage() } : {}),
        };
        controller.enqueue({ ...chunk, messageMetadata: metadata });
        return;
      }
      controller.enqueue(chunk);
    },
  });
}

/** Token counts of the AI messages an answer added (`usage_metadata` of each model call). */
export function sumUsage(messages: readonly BaseMessage[]): ChatUsage {
  let inputTokens = 0;
  let outputTokens = 0;
  let reasoningTokens = 0;
  let totalTokens = 0;
  for (const message of messages) {
    const usage = (message as { usage_metadata?: UsageMetadataShape }).usage_metadata;
    if (!usage) continue;
    inputTokens += usage.input_tokens ?? 0;
    outputTokens += usage.output_tokens ?? 0;
    reasoningTokens += usage.output_token_details?.reasoning ?? 0;
    totalTokens += usage.total_tokens ?? 0;
  }
  return { inputTokens, outputTokens, reasoningTokens, totalTokens };
}

interface UsageMetadataShape {
  input_tokens?: number;
  output_tokens?: number;
  total_tokens?: number;
  output_token_details?: { reasoning?: number };
}
