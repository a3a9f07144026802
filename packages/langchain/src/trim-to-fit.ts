import type { ChatMessage, ClovaStudio } from '@clova-studio/apis';
import { toLangChainError } from './errors.ts';

/** Output tokens the sliding window leaves room for when `maxTokens` is unset. */
const DEFAULT_ANSWER_TOKENS = 512;
/** The Sliding Window API's documented limit (messages plus `maxTokens`). */
const WINDOW_LIMIT = 4096;

type TextMessage = { role: 'system' | 'user' | 'assistant'; content: string };

function asTextMessage(m: ChatMessage): TextMessage | undefined {
  if (m.role === 'tool' || typeof m.content !== 'string') return undefined;
  if (m.role === 'assistant' && m.toolCalls?.length) return undefined;
  return { role: m.role, content: m.content };
}

/**
 * The `trimToFit` option: sends a text conversation through the Sliding Window API
 * (`/v1/api-tools/sliding/chat-messages/{model}`), which drops the oldest turns so the messages
 * plus `maxTokens` fit its 4,096-token window, keeping the system message and the last turn. A
 * conversation with tool turns or non-text content is returned unchanged (the API takes text
 * messages only).
 */
export async function trimToFit(
  client: ClovaStudio,
  model: string,
  messages: ChatMessage[],
  maxTokens: number | undefined,
  requestOptions: {
    signal?: AbortSignal | undefined;
    headers?: Record<string, string> | undefined;
  },
): Promise<ChatMessage[]> {
  const text = messages.map(asTextMessage);
  if (text.some((m) => m === undefined)) return messages;
  try {
    const result = await client.slidingWindow.chatMessages(
      {
        model,
        maxTokens: Math.min(maxTokens ?? DEFAULT_ANSWER_TOKENS, WINDOW_LIMIT - 1),
        messages: text as TextMessage[],
      },
      { ...requestOptions, maxRetries: 0 },
    );
    return result.messages as ChatMessage[];
  } catch (error) {
    throw toLangChainError(error);
  }
}
