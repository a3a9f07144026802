/** A JSON Schema object as a request carries it (tool parameters, structured-output schemas). */
export type JsonSchema = { [key: string]: unknown };

/** A tool call as the model makes it (arguments as an object, as CLOVA sends them). */
export interface ToolCall {
  /** `call_` followed by 24 alphanumerics. */
  id: string;
  /** Name of the called function. */
  name: string;
  /** Arguments, satisfying the function's parameter schema. */
  arguments: Record<string, unknown>;
}

/** A function the caller offers the model. */
export interface ToolSpec {
  name: string;
  description: string;
  parameters?: JsonSchema;
}

/** One message of a conversation, whichever API it came from. */
export interface Turn {
  role: 'system' | 'user' | 'assistant' | 'tool';
  /** The text of the message (text parts joined). */
  text: string;
  /** Number of image parts. */
  images: number;
  /** Tool calls of an assistant message. */
  toolCalls?: ToolCall[];
  /** The call a `tool` message answers. */
  toolCallId?: string;
}

/** The last user message of `turns` (empty string if none). */
export function lastUserText(turns: readonly Turn[]): string {
  for (let i = turns.length - 1; i >= 0; i--) {
    const turn = turns[i];
    if (turn?.role === 'user') return turn.text;
  }
  return '';
}
