import type { ChatModelStreamEvent, FinishReason } from '@langchain/core/language_models/event';
import type { AIMessageChunk, ContentBlock } from '@langchain/core/messages';
import type { ChatGenerationChunk } from '@langchain/core/outputs';

type Block =
  | { type: 'reasoning'; reasoning: string }
  | { type: 'text'; text: string }
  | { type: 'tool_call_chunk'; id?: string; name?: string; args: string; index: number };

const FINISH_REASONS: Record<string, FinishReason> = {
  stop: 'stop',
  length: 'length',
  tool_calls: 'tool_use',
};

function finalize(block: Block): ContentBlock.Standard {
  if (block.type !== 'tool_call_chunk') return block;
  const { id, name, args } = block;
  try {
    return { type: 'tool_call', id, name: name ?? '', args: JSON.parse(args || '{}') };
  } catch {
    return { type: 'invalid_tool_call', id, name, args, error: 'tool call arguments are not JSON' };
  }
}

/**
 * ChatClovaX's chunks as `@langchain/core`'s content-block event protocol (what
 * `streamEvents()` without a version and `ChatModelStream` consume). Core's generic bridge reads
 * only `content`, so it would drop the reasoning and give text and the first tool call the same
 * block index; here reasoning, text and each tool call get their own block, in order of first
 * appearance, and the finish event carries CLOVA's finish reason, usage and response metadata.
 */
export async function* toChatModelEvents(
  chunks: AsyncIterable<ChatGenerationChunk>,
): AsyncGenerator<ChatModelStreamEvent> {
  yield { event: 'message-start' };
  const blocks = new Map<string, { index: number; block: Block }>();
  const open = (key: string, initial: Block) => {
    const existing = blocks.get(key);
    if (existing) return { entry: existing, start: undefined };
    const entry = { index: blocks.size, block: initial };
    blocks.set(key, entry);
    return {
      entry,
      start: { event: 'content-block-start', index: entry.index, content: { ...initial } } as const,
    };
  };
  let usage: AIMessageChunk['usage_metadata'];
  let metadata: Record<string, unknown> = {};
  for await (const { message } of chunks) {
    const m = message as AIMessageChunk;
    const reasoning = m.additional_kwargs?.reasoning_content;
    if (typeof reasoning === 'string' && reasoning !== '') {
      const { entry, start } = open('reasoning', { type: 'reasoning', reasoning: '' });
      if (start) yield start;
      (entry.block as { reasoning: string }).reasoning += reasoning;
      yield {
        event: 'content-block-delta',
        index: entry.index,
        delta: { type: 'reasoning-delta', reasoning },
      };
    }
    if (typeof m.content === 'string' && m.content !== '') {
      const { entry, start } = open('text', { type: 'text', text: '' });
      if (start) yield start;
      (entry.block as { text: string }).text += m.content;
      yield {
        event: 'content-block-delta',
        index: entry.index,
        delta: { type: 'text-delta', text: m.content },
      };
    }
    for (const call of m.tool_call_chunks ?? []) {
      const { entry, start } = open(`tool:${call.index}`, {
        type: 'tool_call_chunk',
        ...(call.id !== undefined ? { id: call.id } : {}),
        ...(call.name !== undefined ? { name: call.name } : {}),
        args: '',
        index: blocks.size,
      });
      if (start) yield start;
      const block = entry.block as Extract<Block, { type: 'tool_call_chunk' }>;
      if (call.args) {
        block.args += call.args;
        yield {
          event: 'content-block-delta',
          index: entry.index,
          delta: { type: 'tool-call-delta', args: call.args },
        };
      }
    }
    if (m.usage_metadata) {
      usage = m.usage_metadata;
      yield { event: 'usage', usage };
    }
    if (m.response_metadata?.finish_reason !== undefined) metadata = m.response_metadata;
  }
  for (const { index, block } of blocks.values()) {
    yield { event: 'content-block-finish', index, content: finalize(block) };
  }
  const reason = FINISH_REASONS[String(metadata.finish_reason)];
  yield {
    event: 'message-finish',
    ...(reason ? { reason } : {}),
    ...(usage ? { usage } : {}),
    responseMetadata: metadata,
  };
}
