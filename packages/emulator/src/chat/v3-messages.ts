import type { ToolCall, Turn } from '../engine/conversation.ts';
import { fail, invalidParameter } from '../http/fail.ts';
import { isObject, type JsonObject } from '../validate.ts';
import { checkImagePart } from './image-part.ts';

const ROLES = new Set(['system', 'user', 'assistant', 'tool']);

function parseContent(content: unknown, role: string): { text: string; images: number } {
  if (typeof content === 'string') return { text: content, images: 0 };
  if (!Array.isArray(content) || content.length === 0) throw invalidParameter('messages.content');
  let text = '';
  let images = 0;
  for (const part of content) {
    if (!isObject(part)) throw invalidParameter('messages.content');
    if (part.type === 'text') {
      if (typeof part.text !== 'string') throw invalidParameter('messages.content.text');
      text += text ? `\n${part.text}` : part.text;
    } else if (part.type === 'image_url') {
      if (role !== 'user') throw invalidParameter('messages.content.type');
      checkImagePart(part);
      images++;
    } else throw invalidParameter('messages.content.type');
  }
  return { text, images };
}

function parseToolCalls(value: unknown): ToolCall[] {
  if (!Array.isArray(value)) throw invalidParameter('messages.toolCalls');
  return value.map((call) => {
    if (!isObject(call) || !isObject(call.function) || typeof call.function.name !== 'string') {
      throw invalidParameter('messages.toolCalls');
    }
    let args: unknown = call.function.arguments ?? {};
    if (typeof args === 'string') {
      try {
        args = JSON.parse(args);
      } catch {
        throw invalidParameter('messages.toolCalls.function.arguments');
      }
    }
    if (!isObject(args)) throw invalidParameter('messages.toolCalls.function.arguments');
    return {
      id: typeof call.id === 'string' ? call.id : '',
      name: call.function.name,
      arguments: args,
    };
  });
}

function parseMessage(raw: unknown): Turn {
  if (!isObject(raw)) throw invalidParameter('messages');
  const message: JsonObject = raw;
  if (typeof message.role !== 'string' || !ROLES.has(message.role))
    throw invalidParameter('messages.role');
  const role = message.role as Turn['role'];
  if (message.thinkingContent !== undefined) throw invalidParameter('messages.thinkingContent');
  if (message.content === undefined || message.content === null) {
    if (role !== 'assistant' || message.toolCalls === undefined)
      throw invalidParameter('messages.content');
  }
  const { text, images } = parseContent(message.content ?? '', role);
  const turn: Turn = { role, text, images };
  if (role === 'assistant' && message.toolCalls !== undefined && message.toolCalls !== null) {
    turn.toolCalls = parseToolCalls(message.toolCalls);
  }
  if (role === 'tool') {
    if (typeof message.toolCallId !== 'string' || !message.toolCallId)
      throw invalidParameter('messages.toolCallId');
    turn.toolCallId = message.toolCallId;
  }
  if (role === 'user' && images > 1)
    throw fail('40000', 'Each user message can contain only one image');
  if (role === 'user' && images === 0 && text.trim() === '') throw fail('40004');
  return turn;
}

/** Parses and validates v3 `messages` (text, image parts, tool calls and tool results). */
export function parseV3Messages(value: unknown): Turn[] {
  if (!Array.isArray(value) || value.length === 0) throw invalidParameter('messages');
  const turns = value.map(parseMessage);
  if (turns.filter((t) => t.role === 'system').length > 1) throw invalidParameter('messages');
  if (turns.reduce((n, t) => n + t.images, 0) > 5) throw fail('40003', 'Image limit exceeded');
  return turns;
}
