import type { AIMessage, AIMessageChunk, ContentBlock } from '@langchain/core/messages';
import { MODEL_PROVIDER } from './response-metadata.ts';

function toStandardBlocks(message: AIMessage | AIMessageChunk): ContentBlock.Standard[] {
  const blocks: ContentBlock.Standard[] = [];
  const reasoning = message.additional_kwargs?.reasoning_content;
  if (typeof reasoning === 'string' && reasoning.length > 0) {
    blocks.push({ type: 'reasoning', reasoning });
  }
  const { content } = message;
  if (typeof content === 'string') {
    if (content.length > 0) blocks.push({ type: 'text', text: content });
  } else {
    for (const block of content) {
      if (typeof block === 'object' && block.type === 'text' && typeof block.text === 'string') {
        blocks.push({ type: 'text', text: block.text });
      }
    }
  }
  for (const call of message.tool_calls ?? []) {
    blocks.push({ type: 'tool_call', id: call.id, name: call.name, args: call.args });
  }
  return blocks;
}

type Translator = {
  translateContent: (m: AIMessage) => ContentBlock.Standard[];
  translateContentChunk: (m: AIMessageChunk) => ContentBlock.Standard[];
};

/**
 * Registers the `naver` content-block translator with `@langchain/core`, so `contentBlocks` of a
 * ChatClovaX message lists `{ type: 'reasoning' }` (from `additional_kwargs.reasoning_content`)
 * before the text and tool calls, while `content` stays a string. Idempotent; called by the
 * ChatClovaX constructor. Core keeps its translators in a global map (as for deepseek or groq).
 */
export function registerClovaBlockTranslator(): void {
  const registry = (globalThis as { lc_block_translators_registry?: Map<string, Translator> })
    .lc_block_translators_registry;
  if (!registry || registry.has(MODEL_PROVIDER)) return;
  registry.set(MODEL_PROVIDER, {
    translateContent: toStandardBlocks,
    translateContentChunk: toStandardBlocks,
  });
}
