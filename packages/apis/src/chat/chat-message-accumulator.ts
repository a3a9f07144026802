import { normalizeToolArguments } from '../shared/normalize-tool-arguments.ts';
import type { ChatCompletionMessage, ToolCall } from './chat-completions-v3-response.ts';
import type { ToolCallDelta } from './chat-completions-v3-stream-event.ts';

/** One streamed increment of an assistant message. */
export interface MessageDelta {
  /** Text delta. */
  content?: string | null | undefined;
  /** Reasoning delta. */
  thinkingContent?: string | null | undefined;
  /** Tool-call deltas. */
  toolCalls?: readonly ToolCallDelta[] | null | undefined;
}

interface PendingToolCall {
  id: string;
  name: string;
  json: string;
}

/**
 * Builds an assistant message from streamed deltas: appends `content` and `thinkingContent`, and
 * assembles tool calls. A delta with an `id` (or a new `index`) starts a call; `partialJson`
 * (native) or string `arguments` (OpenAI layer) fragments extend the current call. The final
 * `result` event can then be checked against the assembled message with {@link compare}.
 */
export class ChatMessageAccumulator {
  #content = '';
  #thinking: string | undefined;
  #calls: PendingToolCall[] = [];

  /** Adds one delta. */
  add(delta: MessageDelta): void {
    if (delta.content) this.#content += delta.content;
    if (delta.thinkingContent) this.#thinking = (this.#thinking ?? '') + delta.thinkingContent;
    for (const d of delta.toolCalls ?? []) this.#addToolCall(d);
  }

  #addToolCall(d: ToolCallDelta): void {
    const fn = d.function;
    let call: PendingToolCall | undefined;
    if (d.index !== undefined) {
      call = this.#calls[d.index] ??= { id: '', name: '', json: '' };
    } else if (d.id !== undefined || this.#calls.length === 0) {
      call = { id: '', name: '', json: '' };
      this.#calls.push(call);
    } else {
      call = this.#calls[this.#calls.length - 1];
    }
    if (!call) return;
    if (d.id) call.id = d.id;
    if (fn?.name && call.name === '') call.name = fn.name;
    if (fn?.partialJson) call.json += fn.partialJson;
    else if (typeof fn?.arguments === 'string') call.json += fn.arguments;
    else if (fn?.arguments !== undefined) call.json = JSON.stringify(fn.arguments);
  }

  /** The raw JSON text assembled for each tool call so far. */
  get toolCallArgumentsText(): readonly string[] {
    return this.#calls.map((c) => c.json);
  }

  /** The message assembled so far. */
  get message(): ChatCompletionMessage {
    const message: ChatCompletionMessage = { role: 'assistant', content: this.#content };
    if (this.#thinking !== undefined) message.thinkingContent = this.#thinking;
    if (this.#calls.length > 0) {
      message.toolCalls = this.#calls.map(
        (c): ToolCall => ({
          id: c.id,
          type: 'function',
          function: { name: c.name, arguments: normalizeToolArguments(c.json) },
        }),
      );
    }
    return message;
  }

  /**
   * Compares the assembled message with the complete one from a `result` event and returns the
   * names of the fields that differ (empty when they agree).
   */
  compare(result: ChatCompletionMessage): string[] {
    const mine = this.message;
    const diff: string[] = [];
    if (mine.content !== result.content) diff.push('content');
    if ((mine.thinkingContent ?? '') !== (result.thinkingContent ?? ''))
      diff.push('thinkingContent');
    const a = mine.toolCalls ?? [];
    const b = result.toolCalls ?? [];
    if (a.length !== b.length) diff.push('toolCalls');
    else {
      a.forEach((call, i) => {
        const other = b[i];
        if (!other) return;
        if (call.id !== other.id) diff.push(`toolCalls[${i}].id`);
        if (call.function.name !== other.function.name) diff.push(`toolCalls[${i}].function.name`);
        if (!sameJson(call.function.arguments, other.function.arguments)) {
          diff.push(`toolCalls[${i}].function.arguments`);
        }
      });
    }
    return diff;
  }
}

function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  if (ka.length !== kb.length) return false;
  return ka.every((k) =>
    sameJson((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]),
  );
}
