import {
  type LanguageModelV4FilePart,
  type LanguageModelV4Prompt,
  type LanguageModelV4ToolResultOutput,
  type SharedV4Warning,
  UnsupportedFunctionalityError,
} from '@ai-sdk/provider';
import {
  convertBase64ToUint8Array,
  convertToBase64,
  getTopLevelMediaType,
  resolveFullMediaType,
} from '@ai-sdk/provider-utils';
import type { ChatMessage, ContentPart } from '@clova-studio/apis';

type AssistantToolCall = NonNullable<
  Extract<ChatMessage, { role: 'assistant' }>['toolCalls']
>[number];

/** The CLOVA messages of a prompt, and what could not be sent as given. */
export interface ConvertedMessages {
  /** Messages in the Chat Completions v3 shape. */
  messages: ChatMessage[];
  /** `compatibility` / `unsupported` warnings (each feature once). */
  warnings: SharedV4Warning[];
}

/**
 * Converts an AI SDK prompt to CLOVA Chat Completions v3 messages.
 *
 * - Several system messages are joined into one (CLOVA accepts one), with a warning.
 * - Image `file` parts become `imageUrl` (http/https URLs) or `dataUri` (a full data URL, built
 *   from bytes or base64); text files become text parts; other files are refused.
 * - Reasoning parts of earlier assistant turns are dropped with a warning: CLOVA rejects
 *   `thinkingContent` in requests.
 * - Tool calls carry their arguments as an object; tool results are sent as text.
 */
export function convertToClovaMessages(prompt: LanguageModelV4Prompt): ConvertedMessages {
  const messages: ChatMessage[] = [];
  const warnings = new Map<string, SharedV4Warning>();
  const warn = (warning: SharedV4Warning & { feature: string }) => {
    if (!warnings.has(warning.feature)) warnings.set(warning.feature, warning);
  };
  let system: { role: 'system'; content: string } | undefined;

  for (const message of prompt) {
    switch (message.role) {
      case 'system':
        if (system) {
          system.content += `\n\n${message.content}`;
          warn({
            type: 'compatibility',
            feature: 'multiple system messages',
            details: 'CLOVA Studio takes one system message; they were joined into the first.',
          });
        } else {
          system = { role: 'system', content: message.content };
          messages.push(system);
        }
        break;

      case 'user': {
        const parts: ContentPart[] = message.content.map((part) =>
          part.type === 'text' ? { type: 'text', text: part.text } : convertFilePart(part),
        );
        const only = parts[0];
        messages.push({
          role: 'user',
          content:
            parts.length === 1 && only?.type === 'text' ? only.text : parts.length > 0 ? parts : '',
        });
        break;
      }

      case 'assistant': {
        let text = '';
        const toolCalls: AssistantToolCall[] = [];
        for (const part of message.content) {
          if (part.type === 'text') text += part.text;
          else if (part.type === 'tool-call') {
            toolCalls.push({
              id: part.toolCallId,
              type: 'function',
              function: { name: part.toolName, arguments: toArgumentsObject(part.input) },
            });
          } else if (part.type === 'reasoning' || part.type === 'reasoning-file') {
            warn({
              type: 'compatibility',
              feature: 'reasoning in assistant messages',
              details: 'CLOVA Studio rejects thinking content in requests; it was dropped.',
            });
          } else if (part.type === 'file' || part.type === 'custom') {
            warn({
              type: 'unsupported',
              feature: `assistant ${part.type} parts`,
              details: 'Dropped: CLOVA Studio assistant messages hold text and tool calls.',
            });
          }
          // provider-executed tool results have no CLOVA form (no provider tools exist)
        }
        messages.push({
          role: 'assistant',
          content: text,
          ...(toolCalls.length > 0 ? { toolCalls } : {}),
        });
        break;
      }

      case 'tool':
        for (const part of message.content) {
          if (part.type !== 'tool-result') continue; // approvals are handled by `ai`
          messages.push({
            role: 'tool',
            toolCallId: part.toolCallId,
            content: toolOutputToText(part.output),
          });
        }
        break;
    }
  }
  return { messages, warnings: [...warnings.values()] };
}

/** An image `file` part as a CLOVA image part (HCX-005), or a text file as a text part. */
function convertFilePart(part: LanguageModelV4FilePart): ContentPart {
  const { data, mediaType } = part;
  const topLevel = getTopLevelMediaType(mediaType);
  if (topLevel === 'image') {
    switch (data.type) {
      case 'data': {
        const imageType = resolveFullMediaType({ part }); // sniffs `image` / `image/*` from the bytes
        return {
          type: 'image_url',
          dataUri: { data: `data:${imageType};base64,${convertToBase64(data.data)}` },
        };
      }
      case 'url': {
        const href = data.url.href;
        if (data.url.protocol === 'data:') return { type: 'image_url', dataUri: { data: href } };
        if (data.url.protocol === 'http:' || data.url.protocol === 'https:') {
          return { type: 'image_url', imageUrl: { url: href } };
        }
        throw new UnsupportedFunctionalityError({
          functionality: `image URLs with the ${data.url.protocol} scheme (use http(s) or data:)`,
        });
      }
      case 'reference':
        throw new UnsupportedFunctionalityError({ functionality: 'provider file references' });
      case 'text':
        throw new UnsupportedFunctionalityError({ functionality: 'images given as text' });
    }
  }
  if (data.type === 'text') return { type: 'text', text: data.text };
  if (topLevel === 'text' && data.type === 'data') {
    const bytes = typeof data.data === 'string' ? convertBase64ToUint8Array(data.data) : data.data;
    return { type: 'text', text: new TextDecoder().decode(bytes) };
  }
  throw new UnsupportedFunctionalityError({
    functionality: `file parts of type ${mediaType} (CLOVA Studio takes images and text)`,
  });
}

/** Tool-call input as the JSON object CLOVA expects (`arguments` is an object, not a string). */
function toArgumentsObject(input: unknown): Record<string, unknown> {
  let value = input;
  if (typeof value === 'string') {
    try {
      value = JSON.parse(value);
    } catch {
      return { input: value };
    }
  }
  return value !== null && typeof value === 'object' && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : { input: value };
}

/** A tool result as the string content of a `tool` message. */
function toolOutputToText(output: LanguageModelV4ToolResultOutput): string {
  switch (output.type) {
    case 'text':
    case 'error-text':
      return output.value;
    case 'json':
    case 'error-json':
      return JSON.stringify(output.value);
    case 'execution-denied':
      return output.reason ?? 'Tool execution denied.';
    case 'content':
      return output.value
        .map((item) => (item.type === 'text' ? item.text : JSON.stringify(item)))
        .join('\n');
  }
}
