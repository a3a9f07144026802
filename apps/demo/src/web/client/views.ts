import { getToolName, isToolUIPart, type UIMessage } from 'ai';
import type { ChatEngine, ChatMessageMetadata, ChatUsage } from '../protocol.ts';

/**
 * The page's own logic: turning `useChat`'s UI messages (parts) into what the components draw.
 * Pure functions, unit-tested without a browser.
 */

/** A chat message as the page receives it. */
export type ChatUIMessage = UIMessage<ChatMessageMetadata>;

/** Streamed text of the answer (or the question). */
export interface TextBlock {
  readonly kind: 'text';
  readonly key: string;
  readonly text: string;
  readonly streaming: boolean;
}

/** The model's reasoning (HCX-007), drawn as a collapsible block. */
export interface ReasoningBlock {
  readonly kind: 'reasoning';
  readonly key: string;
  readonly text: string;
  readonly streaming: boolean;
  /** `Thinking…` while it streams, `Reasoning` once done. */
  readonly label: string;
}

/** Where a tool call is. */
export type ToolStatus = 'running' | 'done' | 'error';

/** A tool call, drawn as a card with its input and output. */
export interface ToolBlock {
  readonly kind: 'tool';
  readonly key: string;
  readonly toolName: string;
  /** A human name: `Weather`, `Calculator`, else the tool name. */
  readonly title: string;
  readonly status: ToolStatus;
  /** `Calling…`, `Done` or `Failed`. */
  readonly statusLabel: string;
  /** The arguments, as pretty JSON (undefined while they stream in empty). */
  readonly input: string | undefined;
  /** The result, as pretty JSON (once available). */
  readonly output: string | undefined;
  /** One line saying what came back, e.g. `Seoul: 17 °C, light rain` or `23 × 19 = 437`. */
  readonly summary: string | undefined;
  /** Why the tool failed. */
  readonly error: string | undefined;
}

/** One drawable piece of a message. */
export type Block = TextBlock | ReasoningBlock | ToolBlock;

/** A message as the page draws it. */
export interface MessageView {
  readonly id: string;
  readonly role: 'user' | 'assistant';
  readonly blocks: readonly Block[];
  /** The usage line under an answer, once it finished. */
  readonly usage: string | undefined;
}

const TOOL_TITLES: Record<string, string> = { get_weather: 'Weather', calculator: 'Calculator' };
const ENGINE_NAMES: Record<ChatEngine, string> = { 'ai-sdk': 'AI SDK', langchain: 'LangChain' };

/**
 * The blocks of one message, in order; empty text and step markers are left out. `live` says the
 * message is still being answered: a part left `streaming` by a stopped answer is drawn as done.
 */
export function toMessageView(message: ChatUIMessage, live = false): MessageView {
  const blocks: Block[] = [];
  message.parts.forEach((part, index) => {
    const key = `${message.id}-${index}`;
    if (part.type === 'text') {
      if (part.text.trim() === '') return;
      const streaming = live && part.state === 'streaming';
      blocks.push({ kind: 'text', key, text: part.text, streaming });
    } else if (part.type === 'reasoning') {
      const streaming = live && part.state === 'streaming';
      if (part.text.trim() === '' && !streaming) return;
      blocks.push({
        kind: 'reasoning',
        key,
        text: part.text,
        streaming,
        label: streaming ? 'Thinking…' : 'Reasoning',
      });
    } else if (isToolUIPart(part)) {
      blocks.push(toolBlock(key, getToolName(part), part));
    }
  });
  return {
    id: message.id,
    role: message.role === 'user' ? 'user' : 'assistant',
    blocks,
    usage: message.role === 'assistant' ? usageLine(message.metadata) : undefined,
  };
}

/** The fields of a tool part the card needs (static and dynamic tool parts alike). */
interface ToolPartLike {
  readonly toolCallId: string;
  readonly state: string;
  readonly input?: unknown;
  readonly output?: unknown;
  readonly errorText?: string | undefined;
}

/** A tool part as a card. */
export function toolBlock(key: string, toolName: string, part: ToolPartLike): ToolBlock {
  const status: ToolStatus =
    part.state === 'output-available'
      ? 'done'
      : part.state === 'output-error' || part.state === 'output-denied'
        ? 'error'
        : 'running';
  const hasOutput = status === 'done';
  return {
    kind: 'tool',
    key: `${key}-${part.toolCallId}`,
    toolName,
    title: TOOL_TITLES[toolName] ?? toolName,
    status,
    statusLabel: status === 'done' ? 'Done' : status === 'error' ? 'Failed' : 'Calling…',
    input: isEmpty(part.input) ? undefined : formatValue(part.input),
    output: hasOutput ? formatValue(part.output) : undefined,
    summary: hasOutput ? toolSummary(toolName, part.output) : undefined,
    error: status === 'error' ? (part.errorText ?? 'The tool failed.') : undefined,
  };
}

/** Up to this many characters, JSON stays on one line. */
const COMPACT_JSON = 60;

/** A value as the card shows it: strings as they are, anything else as JSON (indented when long). */
export function formatValue(value: unknown): string {
  const parsed = typeof value === 'string' ? tryParseJson(value) : value;
  if (parsed === undefined) return String(value);
  const compact = JSON.stringify(parsed);
  if (compact.length <= COMPACT_JSON) return compact;
  return JSON.stringify(parsed, null, 2);
}

/** One line for the result of a tool the page knows; `undefined` for others. */
export function toolSummary(toolName: string, output: unknown): string | undefined {
  const value = typeof output === 'string' ? tryParseJson(output) : output;
  if (typeof value !== 'object' || value === null) return undefined;
  const record = value as Record<string, unknown>;
  if (toolName === 'get_weather' && typeof record.city === 'string') {
    return `${record.city}, ${record.date ?? 'today'}: ${record.temperatureC} °C, ${record.condition}`;
  }
  if (toolName === 'calculator' && typeof record.expression === 'string') {
    return `${record.expression} = ${record.result}`;
  }
  return undefined;
}

/** `HCX-007 · AI SDK · 120 in · 85 out (60 reasoning)`, once the answer's usage arrived. */
export function usageLine(metadata: ChatMessageMetadata | undefined): string | undefined {
  if (!metadata?.usage) return undefined;
  const parts: string[] = [];
  if (metadata.model) parts.push(metadata.model);
  if (metadata.engine) parts.push(ENGINE_NAMES[metadata.engine]);
  const tokens = tokenCounts(metadata.usage);
  if (tokens) parts.push(tokens);
  return parts.join(' · ');
}

function tokenCounts(usage: ChatUsage): string | undefined {
  const { inputTokens, outputTokens, reasoningTokens } = usage;
  if (inputTokens === undefined && outputTokens === undefined) return undefined;
  const reasoning = reasoningTokens ? ` (${reasoningTokens} reasoning)` : '';
  return `${inputTokens ?? '?'} in · ${outputTokens ?? '?'} out${reasoning} tokens`;
}

/** Whether the page should offer the stop button rather than send. */
export function isBusy(status: string): boolean {
  return status === 'submitted' || status === 'streaming';
}

function isEmpty(value: unknown): boolean {
  return (
    value === undefined ||
    value === null ||
    (typeof value === 'object' && Object.keys(value as object).length === 0)
  );
}

function tryParseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
