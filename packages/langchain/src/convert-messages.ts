import type { ChatMessage, ContentPart } from '@clova-studio/apis';
import { type BaseMessage, isAIMessage } from '@langchain/core/messages';

type Block = Record<string, unknown> & { type?: unknown };

/** Content the service has no input part for (it takes text and images only). */
const UNSUPPORTED_INPUT = new Set(['audio', 'video', 'file', 'input_audio', 'text-plain']);

/** The text of a message's content: the string, or its text blocks joined (other blocks dropped). */
export function contentText(content: BaseMessage['content']): string {
  if (typeof content === 'string') return content;
  return content
    .map((b) => (typeof b === 'string' ? b : b.type === 'text' ? String(b.text ?? '') : ''))
    .join('');
}

/** A URL or data URL from a standard `image` block or an OpenAI `image_url` part. */
function imageSource(block: Block): string | undefined {
  if (block.type === 'image_url') {
    const v = block.image_url;
    return typeof v === 'string' ? v : (v as { url?: string } | undefined)?.url;
  }
  if (typeof block.url === 'string') return block.url;
  const data = typeof block.data === 'string' ? block.data : undefined;
  if (data === undefined) return undefined;
  if (data.startsWith('data:')) return data;
  const mime = (block.mimeType ?? block.mime_type ?? 'image/png') as string;
  return `data:${mime};base64,${data}`;
}

function toContentPart(block: Block | string): ContentPart | undefined {
  if (typeof block === 'string') return { type: 'text', text: block };
  if (block.type === 'text') return { type: 'text', text: String(block.text ?? '') };
  if (block.type === 'image' || block.type === 'image_url') {
    const src = imageSource(block);
    if (src === undefined) {
      throw new TypeError('ChatClovaX: an image block needs a url or base64 data');
    }
    return src.startsWith('data:')
      ? { type: 'image_url', dataUri: { data: src } }
      : { type: 'image_url', imageUrl: { url: src } };
  }
  if (UNSUPPORTED_INPUT.has(String(block.type))) {
    throw new TypeError(
      `ChatClovaX: CLOVA Studio accepts text and image content only, got a "${String(block.type)}" block`,
    );
  }
  // reasoning, tool_call and other non-content blocks are not sent
  return undefined;
}

function userContent(content: BaseMessage['content']): ChatMessage['content'] {
  if (typeof content === 'string') return content;
  const parts = content
    .map((b) => toContentPart(b as Block | string))
    .filter((p) => p !== undefined);
  return parts.every((p) => p.type === 'text') ? parts.map((p) => p.text).join('') : parts;
}

/**
 * Converts LangChain messages to CLOVA Studio v3 messages. System messages are merged into one at
 * the position of the first (the service accepts one); AI messages keep their tool calls and
 * lose any reasoning (the service rejects `thinkingContent` in requests); tool messages carry
 * their text; standard `image` blocks and OpenAI `image_url` parts become `image_url` parts.
 *
 * @throws TypeError for a message type CLOVA has no role for.
 */
export function convertMessagesToClova(messages: readonly BaseMessage[]): ChatMessage[] {
  const out: ChatMessage[] = [];
  let system: { role: 'system'; content: string } | undefined;
  for (const message of messages) {
    const type = message.getType();
    if (type === 'system') {
      const text = contentText(message.content);
      if (system) system.content += `\n\n${text}`;
      else {
        system = { role: 'system', content: text };
        out.push(system);
      }
    } else if (type === 'human') {
      out.push({ role: 'user', content: userContent(message.content) });
    } else if (type === 'ai' && isAIMessage(message)) {
      const toolCalls = (message.tool_calls ?? []).map((call) => ({
        id: call.id ?? '',
        type: 'function',
        function: { name: call.name, arguments: call.args },
      }));
      out.push({
        role: 'assistant',
        content: contentText(message.content),
        ...(toolCalls.length > 0 ? { toolCalls } : {}),
      });
    } else if (type === 'tool') {
      const toolCallId = (message as BaseMessage & { tool_call_id?: string }).tool_call_id ?? '';
      out.push({ role: 'tool', content: contentText(message.content), toolCallId });
    } else if (type === 'generic') {
      const role = (message as BaseMessage & { role?: string }).role;
      if (role !== 'user' && role !== 'assistant' && role !== 'system') {
        throw new TypeError(`ChatClovaX: unsupported message role "${role}"`);
      }
      out.push({ role, content: contentText(message.content) });
    } else {
      throw new TypeError(`ChatClovaX: unsupported message type "${type}"`);
    }
  }
  return out;
}
