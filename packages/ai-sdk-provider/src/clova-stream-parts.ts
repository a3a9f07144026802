import type {
  LanguageModelV4FinishReason,
  LanguageModelV4StreamPart,
  SharedV4ProviderMetadata,
  SharedV4Warning,
} from '@ai-sdk/provider';
import {
  type ChatCompletion,
  type ChatStreamEvent,
  StreamTruncatedError,
} from '@clova-studio/apis';
import { clovaProviderMetadata } from './clova-provider-metadata.ts';
import { convertClovaUsage } from './convert-clova-usage.ts';
import { mapClovaFinishReason } from './map-clova-finish-reason.ts';

/** What the parts of one stream need to know about its call. */
export interface StreamPartsContext {
  /** Warnings for `stream-start`. */
  warnings: SharedV4Warning[];
  /** The model id, for `response-metadata`. */
  modelId: string;
  /** The request id, reported as the response id and in `providerMetadata`. */
  requestId: string;
  /** Emit a `raw` part per event. */
  includeRawChunks: boolean | undefined;
  /** Makes ids for tool calls that arrive without one. */
  generateId: () => string;
  /** Converts a failure to the error of an `error` part. */
  toError: (error: unknown) => unknown;
}

interface ToolInput {
  id: string;
  name: string;
  json: string;
  ended: boolean;
}

type Enqueue = (part: LanguageModelV4StreamPart) => void;

/**
 * The one transform from CLOVA stream events to AI SDK stream parts: `stream-start`, then
 * `response-metadata`, reasoning blocks before text blocks, tool inputs (a stable id per call;
 * CLOVA's deltas have no index, so a delta without an id continues the last call), then `finish`
 * with the `result` event's usage and finish reason. The `result` event completes tool calls
 * (its arguments are authoritative) but its text is never appended to the deltas. An in-stream
 * error becomes an `error` part; a stream that ends without `result` finishes as `interrupted`.
 */
export class ClovaStreamParts {
  readonly #context: StreamPartsContext;
  readonly #enqueue: Enqueue;
  #started = false;
  #reasoningId: string | undefined;
  #textOpen = false;
  #textSeen = false;
  #reasoningSeen = false;
  #blocks = 0;
  readonly #tools: ToolInput[] = [];
  #result: ChatCompletion | undefined;
  #finishReason: LanguageModelV4FinishReason = { unified: 'interrupted', raw: undefined };

  /**
   * @param context - the call.
   * @param enqueue - receives the parts.
   */
  constructor(context: StreamPartsContext, enqueue: Enqueue) {
    this.#context = context;
    this.#enqueue = enqueue;
    enqueue({ type: 'stream-start', warnings: context.warnings });
  }

  /** One stream event. */
  event(event: ChatStreamEvent): void {
    const enqueue = this.#enqueue;
    if (this.#context.includeRawChunks) enqueue({ type: 'raw', rawValue: event.data });
    if (!this.#started) {
      this.#started = true;
      enqueue({
        type: 'response-metadata',
        id: this.#context.requestId,
        modelId: this.#context.modelId,
        ...(event.data.created ? { timestamp: event.data.created } : {}),
      });
    }
    if (event.event === 'result') {
      this.#complete(event.data);
      return;
    }
    const { thinkingContent, content, toolCalls } = event.data.message;
    if (thinkingContent) this.#reasoning(thinkingContent);
    if (content) this.#text(content);
    for (const delta of toolCalls ?? []) {
      const name = delta.function?.name;
      const last = this.#tools.at(-1);
      let tool = last;
      if (delta.id !== undefined || (name !== undefined && (!last || last.name !== name))) {
        this.#closeBlocks();
        tool = {
          id: delta.id ?? this.#context.generateId(),
          name: name ?? '',
          json: '',
          ended: false,
        };
        this.#tools.push(tool);
        enqueue({ type: 'tool-input-start', id: tool.id, toolName: tool.name });
      }
      const fragment = delta.function?.partialJson;
      if (tool && fragment) {
        tool.json += fragment;
        enqueue({ type: 'tool-input-delta', id: tool.id, delta: fragment });
      }
    }
  }

  /** The stream failed: an `error` part, or for a cut stream nothing (it finishes `interrupted`). */
  fail(error: unknown): void {
    if (error instanceof StreamTruncatedError) return;
    this.#enqueue({ type: 'error', error: this.#context.toError(error) });
    this.#finishReason = { unified: 'error', raw: undefined };
  }

  /** The stream ended: close open blocks and emit `finish`. */
  end(): void {
    this.#closeBlocks();
    for (const tool of this.#tools) this.#endToolInput(tool);
    const result = this.#result;
    const metadata: SharedV4ProviderMetadata = clovaProviderMetadata(
      this.#context.requestId,
      result,
    );
    this.#enqueue({
      type: 'finish',
      finishReason: this.#finishReason,
      usage: convertClovaUsage(result?.usage),
      providerMetadata: metadata,
    });
  }

  #complete(result: ChatCompletion): void {
    this.#result = result;
    const { message } = result;
    // Only what the deltas did not carry (the result repeats everything in full).
    if (!this.#reasoningSeen && message.thinkingContent) this.#reasoning(message.thinkingContent);
    if (!this.#textSeen && message.content) this.#text(message.content);
    this.#closeBlocks();
    const calls = message.toolCalls ?? [];
    calls.forEach((call, i) => {
      const tool =
        this.#tools.find((t) => t.id === call.id) ??
        (this.#tools[i] && !this.#tools[i].ended ? this.#tools[i] : undefined);
      const input = JSON.stringify(call.function.arguments);
      const id = tool?.id ?? call.id;
      if (!tool) {
        this.#enqueue({ type: 'tool-input-start', id, toolName: call.function.name });
        this.#enqueue({ type: 'tool-input-delta', id, delta: input });
        this.#enqueue({ type: 'tool-input-end', id });
      } else {
        this.#endToolInput(tool);
      }
      this.#enqueue({ type: 'tool-call', toolCallId: id, toolName: call.function.name, input });
    });
    this.#finishReason = mapClovaFinishReason(result.finishReason, calls.length > 0);
  }

  #reasoning(delta: string): void {
    this.#reasoningSeen = true;
    if (this.#reasoningId === undefined) {
      this.#closeText();
      this.#reasoningId = `reasoning-${this.#blocks++}`;
      this.#enqueue({ type: 'reasoning-start', id: this.#reasoningId });
    }
    this.#enqueue({ type: 'reasoning-delta', id: this.#reasoningId, delta });
  }

  #text(delta: string): void {
    this.#textSeen = true;
    if (!this.#textOpen) {
      this.#closeReasoning();
      this.#textOpen = true;
      this.#enqueue({ type: 'text-start', id: `text-${this.#blocks}` });
    }
    this.#enqueue({ type: 'text-delta', id: `text-${this.#blocks}`, delta });
  }

  #closeReasoning(): void {
    if (this.#reasoningId === undefined) return;
    this.#enqueue({ type: 'reasoning-end', id: this.#reasoningId });
    this.#reasoningId = undefined;
  }

  #closeText(): void {
    if (!this.#textOpen) return;
    this.#enqueue({ type: 'text-end', id: `text-${this.#blocks++}` });
    this.#textOpen = false;
  }

  #closeBlocks(): void {
    this.#closeReasoning();
    this.#closeText();
  }

  #endToolInput(tool: ToolInput): void {
    if (tool.ended) return;
    tool.ended = true;
    this.#enqueue({ type: 'tool-input-end', id: tool.id });
  }
}
