import {
  APIUserAbortError,
  type ChatCompletion,
  type ChatCompletionsV3Params,
  type ChatMessage,
  type ChatModelCapabilities,
  type ChatStreamEvent,
  type ClovaStudio,
  chatModelCapabilities,
  newRequestId,
} from '@clova-studio/apis';
import type { CallbackManagerForLLMRun } from '@langchain/core/callbacks/manager';
import { ModelAbortError } from '@langchain/core/errors';
import type { BaseLanguageModelInput } from '@langchain/core/language_models/base';
import {
  BaseChatModel,
  type BaseChatModelCallOptions,
  type BaseChatModelParams,
  type LangSmithParams,
} from '@langchain/core/language_models/chat_models';
import type { ChatModelStreamEvent } from '@langchain/core/language_models/event';
import type { ModelProfile } from '@langchain/core/language_models/profile';
import {
  assembleStructuredOutputPipeline,
  createContentParser,
  createFunctionCallingParser,
} from '@langchain/core/language_models/structured_output';
import {
  AIMessage,
  AIMessageChunk,
  type BaseMessage,
  HumanMessage,
  type MessageContent,
} from '@langchain/core/messages';
import { ChatGenerationChunk, type ChatResult } from '@langchain/core/outputs';
import type { Runnable } from '@langchain/core/runnables';
import { toJsonSchema } from '@langchain/core/utils/json_schema';
import {
  isSerializableSchema,
  type SerializableSchema,
} from '@langchain/core/utils/standard_schema';
import { IterableReadableStream } from '@langchain/core/utils/stream';
import {
  getSchemaDescription,
  type InteropZodType,
  isInteropZodSchema,
} from '@langchain/core/utils/types';
import { version } from '../package.json';
import { toChatModelEvents } from './chat-model-events.ts';
import { type ClovaXClientOptions, createClovaClient } from './client.ts';
import { contentText, convertMessagesToClova } from './convert-messages.ts';
import {
  type ClovaXToolChoice,
  type ClovaXToolInput,
  convertToClovaTool,
  convertToolChoice,
} from './convert-tools.ts';
import { throwIfAborted, toLangChainError } from './errors.ts';
import { clovaModelProfile } from './profile.ts';
import { registerClovaBlockTranslator } from './reasoning-blocks.ts';
import {
  type ClovaThinking,
  type ClovaXResponseFormatInput,
  resolveRequestFeatures,
  toClovaResponseFormat,
} from './request-features.ts';
import { MODEL_PROVIDER, toResponseMetadata, toUsageMetadata } from './response-metadata.ts';
import { ToolCallChunkTracker } from './tool-call-chunks.ts';
import { trimToFit } from './trim-to-fit.ts';

/** Per-call options of {@link ChatClovaX} (`invoke(input, options)`, `bindTools`, `withConfig`). */
export interface ChatClovaXCallOptions extends BaseChatModelCallOptions {
  /** Tools the model may call (see `bindTools`). */
  tools?: ClovaXToolInput[];
  /** `auto`, `none`, a tool name; `any`/`required` force the tool when exactly one is bound, else `auto`. */
  tool_choice?: ClovaXToolChoice;
  /** Structured output: CLOVA's `{ type: 'json', schema }` or OpenAI's `{ type: 'json_schema', json_schema }`. */
  response_format?: ClovaXResponseFormatInput;
  /** Reasoning effort for this call (HCX-007). */
  thinking?: ClovaThinking;
  /** Seed for this call. */
  seed?: number;
  /** Extra HTTP headers for this call. */
  headers?: Record<string, string>;
}

/** Options of {@link ChatClovaX}. Every `ClovaStudioOptions` field is passed to the client it builds. */
export interface ChatClovaXInput extends BaseChatModelParams, ClovaXClientOptions {
  /** Model id (default `HCX-005`), or `ft:<taskId>` for a tuned task. */
  model?: string;
  /** Tuned task id (instead of `ft:<taskId>`). */
  taskId?: string;
  /** Randomness, 0 to 1. */
  temperature?: number;
  /** Nucleus sampling mass, 0 < x ≤ 1. */
  topP?: number;
  /** Top-k sampling, 0 to 128. */
  topK?: number;
  /** Output cap (sent as `maxCompletionTokens` on reasoning models). */
  maxTokens?: number;
  /** Penalty for repeated tokens, 0 < x ≤ 2. */
  repetitionPenalty?: number;
  /** Stop sequences. */
  stop?: string[];
  /** Alias of `stop`. */
  stopSequences?: string[];
  /** Seed (0 = random). */
  seed?: number;
  /** Reasoning on HCX-007: `{ effort: 'none' | 'low' | 'medium' | 'high' }`. */
  thinking?: ClovaThinking;
  /** `_generate` consumes the stream (default `false`). */
  streaming?: boolean;
  /** Ask for content-filter scores (`response_metadata.ai_filter`). */
  includeAiFilters?: boolean;
  /**
   * Fit a long text conversation into the model's window with the Sliding Window API before
   * sending (oldest turns dropped, system message kept). Off by default.
   */
  trimToFit?: boolean;
}

const OWN_KEYS = [
  'model',
  'taskId',
  'temperature',
  'topP',
  'topK',
  'maxTokens',
  'repetitionPenalty',
  'stop',
  'stopSequences',
  'seed',
  'thinking',
  'streaming',
  'includeAiFilters',
  'trimToFit',
  'client',
] as const;

type StructuredOutputMethod = 'jsonSchema' | 'functionCalling';

/** What `withStructuredOutput` takes: a zod (or other standard) schema, or a JSON schema. */
export type StructuredOutputSchema<RunOutput> =
  | InteropZodType<RunOutput>
  | SerializableSchema<RunOutput>
  | Record<string, unknown>;

/** Options of `withStructuredOutput`. */
export interface ClovaXStructuredOutputOptions<IncludeRaw extends boolean> {
  /** Name of the output (the function name with `functionCalling`). */
  name?: string;
  /** `jsonSchema` (native, HCX-007; the default there) or `functionCalling` (a forced tool; the default elsewhere). */
  method?: StructuredOutputMethod | (string & {});
  /** Return `{ raw, parsed }`. */
  includeRaw?: IncludeRaw;
}

/**
 * CLOVA Studio (HyperCLOVA X) as a LangChain chat model, on the native v3 API through
 * `@clova-studio/apis`.
 *
 * @example
 * ```ts
 * const model = new ChatClovaX({ model: 'HCX-005' }); // reads CLOVA_STUDIO_API_KEY
 * const reply = await model.invoke('Hello!');
 * ```
 */
export class ChatClovaX extends BaseChatModel<ChatClovaXCallOptions, AIMessageChunk> {
  /** The apis client (built with `maxRetries: 0`; LangChain's caller retries). */
  readonly client: ClovaStudio;
  /** Model id, or `ft:<taskId>`. */
  model: string;
  /** Tuned task id, when the model is a tuned task. */
  taskId: string | undefined;
  /** Randomness, 0 to 1 (service default 0.5). */
  temperature: number | undefined;
  /** Nucleus sampling mass. */
  topP: number | undefined;
  /** Top-k sampling. */
  topK: number | undefined;
  /** Output cap (`maxCompletionTokens` on reasoning models). */
  maxTokens: number | undefined;
  /** Penalty for repeated tokens. */
  repetitionPenalty: number | undefined;
  /** Default stop sequences. */
  stop: string[] | undefined;
  /** Default seed. */
  seed: number | undefined;
  /** Default reasoning effort (HCX-007). */
  thinking: ClovaThinking | undefined;
  /** Whether `_generate` consumes the stream. */
  streaming: boolean;
  /** Whether content-filter scores are requested. */
  includeAiFilters: boolean | undefined;
  /** Whether the Sliding Window API trims the conversation first. */
  trimToFit: boolean;

  override lc_serializable = true;

  static override lc_name(): string {
    return 'ChatClovaX';
  }

  override get lc_secrets(): Record<string, string> {
    return { apiKey: 'CLOVA_STUDIO_API_KEY' };
  }

  override get callKeys(): string[] {
    return [
      ...super.callKeys,
      'tools',
      'tool_choice',
      'response_format',
      'thinking',
      'seed',
      'headers',
    ];
  }

  /** @param fields - model, sampling parameters and client options (see {@link ChatClovaXInput}). */
  constructor(fields: ChatClovaXInput = {}) {
    super(fields);
    this._addVersion('@clova-studio/langchain', version);
    registerClovaBlockTranslator();
    this.model = fields.model ?? (fields.taskId ? `ft:${fields.taskId}` : 'HCX-005');
    this.taskId = fields.taskId ?? (this.model.startsWith('ft:') ? this.model.slice(3) : undefined);
    this.temperature = fields.temperature;
    this.topP = fields.topP;
    this.topK = fields.topK;
    this.maxTokens = fields.maxTokens;
    this.repetitionPenalty = fields.repetitionPenalty;
    this.stop = fields.stop ?? fields.stopSequences;
    this.seed = fields.seed;
    this.thinking = fields.thinking;
    this.streaming = fields.streaming ?? false;
    this.includeAiFilters = fields.includeAiFilters;
    this.trimToFit = fields.trimToFit ?? false;
    this.client = createClovaClient(fields as Record<string, unknown>, OWN_KEYS);
  }

  _llmType(): string {
    return 'clovax';
  }

  /** What the model can do, from the apis capability table (empty for tuned tasks). */
  override get profile(): ModelProfile {
    return this.taskId ? {} : clovaModelProfile(this.model);
  }

  get #caps(): ChatModelCapabilities | undefined {
    return this.taskId ? undefined : chatModelCapabilities(this.model);
  }

  override getLsParams(options: this['ParsedCallOptions']): LangSmithParams {
    return {
      ls_provider: MODEL_PROVIDER,
      ls_model_name: this.model,
      ls_model_type: 'chat',
      ls_temperature: this.temperature,
      ls_max_tokens: this.maxTokens,
      ls_stop: options.stop ?? this.stop,
    };
  }

  /**
   * The request parameters (without messages) for a call: sampling fields, tools, tool choice,
   * response format and thinking, with the CLOVA exclusions applied (see `resolveRequestFeatures`).
   */
  override invocationParams(
    options?: this['ParsedCallOptions'],
    messages: readonly BaseMessage[] = [],
  ): Omit<ChatCompletionsV3Params, 'messages'> {
    const caps = this.#caps;
    const tools = (options?.tools ?? []).map(convertToClovaTool);
    const stop = options?.stop ?? this.stop;
    const features = resolveRequestFeatures(caps, {
      tools,
      toolChoice: convertToolChoice(options?.tool_choice, tools),
      responseFormat: toClovaResponseFormat(options?.response_format),
      thinking: options?.thinking ?? this.thinking,
      stop,
      afterToolResult: messages.at(-1)?.getType() === 'tool',
    });
    const params: Omit<ChatCompletionsV3Params, 'messages'> = this.taskId
      ? { taskId: this.taskId }
      : { model: this.model };
    const limitField = caps?.outputLimitField ?? 'maxTokens';
    if (this.maxTokens !== undefined) params[limitField] = this.maxTokens;
    if (this.temperature !== undefined) params.temperature = this.temperature;
    if (this.topP !== undefined) params.topP = this.topP;
    if (this.topK !== undefined) params.topK = this.topK;
    if (this.repetitionPenalty !== undefined) params.repetitionPenalty = this.repetitionPenalty;
    if (stop?.length) params.stop = [...stop];
    const seed = options?.seed ?? this.seed;
    if (seed !== undefined) params.seed = seed;
    if (this.includeAiFilters !== undefined) params.includeAiFilters = this.includeAiFilters;
    return { ...params, ...features };
  }

  override bindTools(
    tools: ClovaXToolInput[],
    kwargs?: Partial<ChatClovaXCallOptions>,
  ): Runnable<BaseLanguageModelInput, AIMessageChunk, ChatClovaXCallOptions> {
    return this.withConfig({ tools, ...kwargs } as Partial<ChatClovaXCallOptions>);
  }

  async #request(
    messages: BaseMessage[],
    options: this['ParsedCallOptions'],
  ): Promise<{ params: ChatCompletionsV3Params; requestOptions: RequestOptionsLike }> {
    let converted: ChatMessage[] = convertMessagesToClova(messages);
    const requestOptions: RequestOptionsLike = {
      maxRetries: 0,
      requestId: newRequestId(),
      ...(options.signal ? { signal: options.signal } : {}),
      ...(options.headers ? { headers: options.headers } : {}),
    };
    if (this.trimToFit && !this.taskId) {
      const { signal, headers } = requestOptions; // its own request id
      converted = await this.caller.call(() =>
        trimToFit(this.client, this.model, converted, this.maxTokens, { signal, headers }),
      );
    }
    return {
      params: { ...this.invocationParams(options, messages), messages: converted },
      requestOptions,
    };
  }

  override async _generate(
    messages: BaseMessage[],
    options: this['ParsedCallOptions'],
    runManager?: CallbackManagerForLLMRun,
  ): Promise<ChatResult> {
    throwIfAborted(options.signal);
    if (this.streaming) {
      let final: ChatGenerationChunk | undefined;
      for await (const chunk of this._streamResponseChunks(messages, options, runManager)) {
        final = final ? final.concat(chunk) : chunk;
      }
      if (!final) throw new Error('ChatClovaX: the stream produced no output');
      return { generations: [final], llmOutput: {} };
    }
    const { params, requestOptions } = await this.#request(messages, options);
    const result = await this.caller.call(() =>
      this.client.chat.create(params, requestOptions).catch((e: unknown) => {
        throw toLangChainError(e);
      }),
    );
    const message = toAIMessage(result, this.model, requestOptions.requestId);
    return {
      generations: [{ text: contentText(message.content), message }],
      llmOutput: { tokenUsage: message.usage_metadata },
    };
  }

  override async *_streamResponseChunks(
    messages: BaseMessage[],
    options: this['ParsedCallOptions'],
    runManager?: CallbackManagerForLLMRun,
  ): AsyncGenerator<ChatGenerationChunk> {
    throwIfAborted(options.signal);
    const { params, requestOptions } = await this.#request(messages, options);
    const stream = await this.caller.call(() =>
      this.client.chat.stream(params, requestOptions).catch((e: unknown) => {
        throw toLangChainError(e);
      }),
    );
    const tracker = new ToolCallChunkTracker();
    const streamed: AIMessageChunk[] = [];
    try {
      for await (const event of stream) {
        const chunk = toChunk(event, tracker, this.model, requestOptions.requestId);
        if (!chunk) continue;
        streamed.push(chunk.message as AIMessageChunk);
        yield chunk;
        await runManager?.handleLLMNewToken(
          chunk.text,
          { prompt: 0, completion: 0 },
          undefined,
          undefined,
          undefined,
          { chunk },
        );
      }
    } catch (error) {
      throw toLangChainError(error, mergeChunks(streamed));
    }
    throwIfAborted(options.signal);
  }

  /**
   * The content-block event protocol of `@langchain/core` 1.3+ (`streamEvents()` without a
   * version, `ChatModelStream`), from the same chunks as `_streamResponseChunks`.
   */
  override async *_streamChatModelEvents(
    messages: BaseMessage[],
    options: this['ParsedCallOptions'],
    runManager?: CallbackManagerForLLMRun,
  ): AsyncGenerator<ChatModelStreamEvent> {
    yield* toChatModelEvents(this._streamResponseChunks(messages, options, runManager));
  }

  /**
   * Streams the answer. When the call's `signal` aborts, the stream ends at once with a
   * `ModelAbortError` carrying the partial output (core's own signal race would otherwise surface
   * the signal's bare reason).
   */
  override async stream(
    input: BaseLanguageModelInput,
    options?: Partial<ChatClovaXCallOptions>,
  ): Promise<IterableReadableStream<AIMessageChunk>> {
    const signal = options?.signal;
    const asAbort = (error: unknown, streamed: AIMessageChunk[] = []): unknown =>
      signal?.aborted && !ModelAbortError.isInstance(error)
        ? toLangChainError(new APIUserAbortError('aborted'), mergeChunks(streamed))
        : error;
    const inner = await super.stream(input, options).catch((error: unknown) => {
      throw asAbort(error);
    });
    return IterableReadableStream.fromAsyncGenerator(
      (async function* () {
        const streamed: AIMessageChunk[] = [];
        try {
          for await (const chunk of inner) {
            streamed.push(chunk);
            yield chunk;
          }
        } catch (error) {
          throw asAbort(error, streamed);
        }
      })(),
    );
  }

  /**
   * Token count of a text by the service's own calculator (`/v3/api-tools/chat-tokenize`), as a
   * user message's content.
   */
  override async getNumTokens(content: MessageContent): Promise<number> {
    const text = typeof content === 'string' ? content : contentText(content);
    const { totalCount } = await this.getNumTokensFromMessages([new HumanMessage(text)]);
    return totalCount;
  }

  /**
   * Token counts of a conversation by the service's calculator: per message (content parts
   * summed) and in total.
   */
  async getNumTokensFromMessages(
    messages: BaseMessage[],
  ): Promise<{ totalCount: number; countPerMessage: number[] }> {
    const model = this.taskId ? 'HCX-DASH-002' : this.model;
    const result = await this.caller.call(() =>
      this.client.tokenizer
        .chatV3({ model, messages: convertMessagesToClova(messages) }, { maxRetries: 0 })
        .catch((e: unknown) => {
          throw toLangChainError(e);
        }),
    );
    const countPerMessage = result.messages.map((m) => m.content.reduce((n, p) => n + p.count, 0));
    return { totalCount: countPerMessage.reduce((a, b) => a + b, 0), countPerMessage };
  }

  override withStructuredOutput<
    RunOutput extends Record<string, unknown> = Record<string, unknown>,
  >(
    outputSchema: StructuredOutputSchema<RunOutput>,
    config?: ClovaXStructuredOutputOptions<false>,
  ): Runnable<BaseLanguageModelInput, RunOutput>;

  override withStructuredOutput<
    RunOutput extends Record<string, unknown> = Record<string, unknown>,
  >(
    outputSchema: StructuredOutputSchema<RunOutput>,
    config?: ClovaXStructuredOutputOptions<true>,
  ): Runnable<BaseLanguageModelInput, { raw: BaseMessage; parsed: RunOutput }>;

  /**
   * Structured output. `method: 'jsonSchema'` (the default on HCX-007) sends the schema as
   * CLOVA's native `responseFormat` (thinking is turned off, see `resolveRequestFeatures`);
   * `functionCalling` (the default elsewhere) forces one tool and parses its arguments. `jsonMode`
   * has no CLOVA equivalent and throws.
   */
  override withStructuredOutput<
    RunOutput extends Record<string, unknown> = Record<string, unknown>,
  >(
    outputSchema: StructuredOutputSchema<RunOutput>,
    config?: ClovaXStructuredOutputOptions<boolean>,
  ):
    | Runnable<BaseLanguageModelInput, RunOutput>
    | Runnable<BaseLanguageModelInput, { raw: BaseMessage; parsed: RunOutput }> {
    const method =
      config?.method ?? (this.#caps?.structuredOutputs ? 'jsonSchema' : 'functionCalling');
    const jsonSchema = (
      isInteropZodSchema(outputSchema) || isSerializableSchema(outputSchema)
        ? toJsonSchema(outputSchema)
        : outputSchema
    ) as Record<string, unknown>;
    const name =
      config?.name ?? (typeof jsonSchema.title === 'string' ? jsonSchema.title : 'extract');
    let llm: Runnable<BaseLanguageModelInput>;
    let parser: Runnable<unknown, RunOutput>;
    if (method === 'jsonSchema') {
      const { $schema: _ignored, ...schema } = jsonSchema;
      llm = this.withConfig({
        response_format: { type: 'json', schema },
        ls_structured_output_format: { kwargs: { method: 'jsonSchema' }, schema: jsonSchema },
      } as Partial<ChatClovaXCallOptions>);
      parser = createContentParser(outputSchema) as Runnable<unknown, RunOutput>;
    } else if (method === 'functionCalling') {
      const { $schema: _ignored, ...parameters } = jsonSchema;
      const tool = {
        type: 'function' as const,
        function: {
          name,
          description:
            getSchemaDescription(outputSchema) ?? (jsonSchema.description as string) ?? '',
          parameters,
        },
      };
      llm = this.bindTools([tool], {
        tool_choice: name,
        ls_structured_output_format: { kwargs: { method: 'functionCalling' }, schema: jsonSchema },
      } as Partial<ChatClovaXCallOptions>);
      parser = createFunctionCallingParser(outputSchema, name) as unknown as Runnable<
        unknown,
        RunOutput
      >;
    } else {
      throw new TypeError(
        `ChatClovaX: withStructuredOutput method "${method}" is not supported (use "jsonSchema" on HCX-007 or "functionCalling")`,
      );
    }
    return assembleStructuredOutputPipeline(
      llm,
      parser,
      config?.includeRaw,
      'ChatClovaXStructuredOutput',
    );
  }
}

interface RequestOptionsLike {
  maxRetries: 0;
  requestId: string;
  signal?: AbortSignal;
  headers?: Record<string, string>;
}

/** The chunks streamed so far as one message (for a `ModelAbortError`'s partial output). */
function mergeChunks(chunks: readonly AIMessageChunk[]): AIMessageChunk | undefined {
  return chunks.length === 0 ? undefined : chunks.reduce((a, b) => a.concat(b));
}

function reasoningKwargs(thinking: string | null | undefined): Record<string, string> {
  return thinking ? { reasoning_content: thinking, thinking_content: thinking } : {};
}

/** A complete result as an `AIMessage`. */
function toAIMessage(result: ChatCompletion, model: string, requestId: string): AIMessage {
  const { message } = result;
  const usage = toUsageMetadata(result.usage);
  return new AIMessage({
    content: message.content,
    additional_kwargs: reasoningKwargs(message.thinkingContent),
    tool_calls: (message.toolCalls ?? []).map((call) => ({
      type: 'tool_call',
      id: call.id,
      name: call.function.name,
      args: call.function.arguments,
    })),
    ...(usage ? { usage_metadata: usage } : {}),
    response_metadata: resultMetadata(result, model, requestId),
  });
}

function resultMetadata(result: ChatCompletion, model: string, requestId: string) {
  const { finishReason, seed, aiFilter } = result;
  return toResponseMetadata({ model, finishReason, seed, aiFilter, requestId });
}

/** One stream event as a chunk: a token delta, or the final chunk with usage and metadata. */
function toChunk(
  event: ChatStreamEvent,
  tracker: ToolCallChunkTracker,
  model: string,
  requestId: string,
): ChatGenerationChunk | undefined {
  if (event.event === 'token') {
    const { content, thinkingContent, toolCalls } = event.data.message;
    const toolCallChunks = tracker.chunks(toolCalls);
    if (!content && !thinkingContent && toolCallChunks.length === 0) return undefined;
    return new ChatGenerationChunk({
      text: content ?? '',
      message: new AIMessageChunk({
        content: content ?? '',
        additional_kwargs: reasoningKwargs(thinkingContent),
        tool_call_chunks: toolCallChunks,
        response_metadata: { model_provider: MODEL_PROVIDER },
      }),
    });
  }
  const result = event.data;
  const usage = toUsageMetadata(result.usage);
  return new ChatGenerationChunk({
    text: '',
    message: new AIMessageChunk({
      content: '',
      tool_call_chunks: tracker.missing(result.message.toolCalls),
      ...(usage ? { usage_metadata: usage } : {}),
      response_metadata: resultMetadata(result, model, requestId),
    }),
  });
}
