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

/** Whether `text` is mostly Korean (more Hangul than Latin letters). */
export function isKorean(text: string): boolean {
  let hangul = 0;
  let latin = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if ((code >= 0xac00 && code <= 0xd7a3) || (code >= 0x3131 && code <= 0x318e)) hangul++;
    else if ((code >= 65 && code <= 90) || (code >= 97 && code <= 122)) latin++;
  }
  return hangul > 0 && hangul >= latin / 3;
}
