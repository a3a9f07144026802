import { createClovaStudio } from '@clova-studio/ai-sdk-provider';
import {
  convertToModelMessages,
  isStepCount,
  streamText,
  type TextStreamPart,
  type ToolSet,
  toUIMessageStream,
  type UIMessage,
  type UIMessageChunk,
} from 'ai';
import { aiSdkTools } from '../../tools/ai-sdk-tools.ts';
import { describeError } from '../describe-error.ts';
import type { ChatMessageMetadata, ChatModelId } from '../protocol.ts';
import type { EngineRequest } from './engine.ts';
import { INSTRUCTIONS, usesThinking } from './instructions.ts';

/**
 * The AI SDK engine: `streamText` over `@clova-studio/ai-sdk-provider`, with the two tools over up
 * to five steps (HCX-007 reasons instead: CLOVA does not combine thinking with tools), turned into
 * the UI message stream `useChat` reads. Usage of all steps rides on the `finish` chunk's metadata.
 */
export async function aiSdkEngine(request: EngineRequest): Promise<ReadableStream<UIMessageChunk>> {
  const { model, connection, signal } = request;
  const clova = createClovaStudio({
    apiKey: connection.apiKey,
    baseURL: connection.baseURL,
    headers: { ...connection.headers },
  });
  const thinking = usesThinking(model);
  const result = streamText({
    model: clova.languageModel(model),
    instructions: INSTRUCTIONS,
    messages: await convertToModelMessages([...request.messages]),
    ...(thinking
      ? { providerOptions: { clovaStudio: { thinking: { effort: 'low' } } } }
      : { tools: aiSdkTools, stopWhen: isStepCount(5) }),
    maxRetries: connection.maxRetries,
    abortSignal: signal,
    // Errors go to the page as the stream's error chunk (worded by describeError), not to the console.
    onError: () => {},
  });
  return toUIMessageStream<ToolSet, UIMessage<ChatMessageMetadata>>({
    stream: result.stream,
    onError: describeError,
    messageMetadata: ({ part }) => metadataOf(part, model),
  });
}

function metadataOf(
  part: TextStreamPart<ToolSet>,
  model: ChatModelId,
): ChatMessageMetadata | undefined {
  if (part.type === 'start') return { model, engine: 'ai-sdk' };
  if (part.type !== 'finish') return undefined;
  const usage = part.totalUsage;
  return {
    model,
    engine: 'ai-sdk',
    usage: {
      inputTokens: usage.inputTokens,
      outputTokens: usage.outputTokens,
      reasoningTokens: usage.outputTokenDetails.reasoningTokens,
      totalTokens: usage.totalTokens,
    },
  };
}
