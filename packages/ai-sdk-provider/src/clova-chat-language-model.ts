import type {
  LanguageModelV4,
  LanguageModelV4CallOptions,
  LanguageModelV4Content,
  LanguageModelV4GenerateResult,
  LanguageModelV4StreamPart,
  LanguageModelV4StreamResult,
} from '@ai-sdk/provider';
import { generateId as defaultGenerateId } from '@ai-sdk/provider-utils';
import type { WithResponse } from '@clova-studio/apis';
import {
  type ChatCompletion,
  type ChatCompletionStream,
  type ClovaStudio,
  chatModelCapabilities,
} from '@clova-studio/apis';
import type { ClovaStudioChatModelId } from './clova-chat-options.ts';
import { type ClovaChatRequest, prepareClovaChatRequest } from './clova-chat-request.ts';
import { toAISDKError } from './clova-error.ts';
import { clovaProviderMetadata } from './clova-provider-metadata.ts';
import { ClovaStreamParts } from './clova-stream-parts.ts';
import { convertClovaUsage } from './convert-clova-usage.ts';
import { mapClovaFinishReason } from './map-clova-finish-reason.ts';

/** What a chat model gets from its provider. */
export interface ClovaChatConfig {
  /** Provider name, e.g. `clovaStudio.chat`. */
  provider: string;
  /** The client to call (built with `maxRetries: 0`: `ai` retries). */
  client: () => ClovaStudio;
  /** The base URL, for error reports. */
  baseURL: () => string;
  /** Ids for tool calls that arrive without one. */
  generateId?: () => string;
}

/** A CLOVA Studio chat model (Chat Completions v3; v1 models and tuned tasks routed by the client). */
export class ClovaChatLanguageModel implements LanguageModelV4 {
  readonly specificationVersion = 'v4';
  readonly modelId: ClovaStudioChatModelId;
  readonly #config: ClovaChatConfig;

  /** Images by http(s) URL are fetched by CLOVA Studio itself (HCX-005). */
  readonly supportedUrls: Record<string, RegExp[]> = { 'image/*': [/^https?:\/\/.+/] };

  /**
   * @param modelId - a model id, or `ft:<taskId>` for a tuned task.
   * @param config - from the provider.
   */
  constructor(modelId: ClovaStudioChatModelId, config: ClovaChatConfig) {
    this.modelId = modelId;
    this.#config = config;
  }

  /** `clovaStudio.chat`. */
  get provider(): string {
    return this.#config.provider;
  }

  /** The endpoint a request goes to, for error reports. */
  #url({ params }: ClovaChatRequest): string {
    const base = this.#config.baseURL();
    if (params.taskId !== undefined) return `${base}/v3/tasks/${params.taskId}/chat-completions`;
    const version = chatModelCapabilities(params.model)?.apiVersion ?? 'v3';
    return `${base}/${version}/chat-completions/${params.model}`;
  }

  async doGenerate(options: LanguageModelV4CallOptions): Promise<LanguageModelV4GenerateResult> {
    const request = await prepareClovaChatRequest(this.modelId, options);
    let response: WithResponse<ChatCompletion>;
    try {
      response = await this.#config
        .client()
        .chat.create(request.params, request.requestOptions)
        .withResponse();
    } catch (error) {
      throw toAISDKError(error, {
        url: this.#url(request),
        requestBodyValues: request.params,
        abortSignal: options.abortSignal,
      });
    }
    const result = response.data;
    const { message } = result;
    const content: LanguageModelV4Content[] = [];
    if (message.thinkingContent) content.push({ type: 'reasoning', text: message.thinkingContent });
    if (message.content) content.push({ type: 'text', text: message.content });
    const generateId = this.#config.generateId ?? defaultGenerateId;
    for (const call of message.toolCalls ?? []) {
      content.push({
        type: 'tool-call',
        toolCallId: call.id || generateId(),
        toolName: call.function.name,
        input: JSON.stringify(call.function.arguments),
      });
    }
    return {
      content,
      finishReason: mapClovaFinishReason(result.finishReason, (message.toolCalls?.length ?? 0) > 0),
      usage: convertClovaUsage(result.usage),
      providerMetadata: clovaProviderMetadata(response.requestId, result),
      request: { body: request.params },
      response: {
        id: response.requestId,
        modelId: this.modelId,
        ...(result.created ? { timestamp: result.created } : {}),
        headers: Object.fromEntries(response.response.headers),
        body: result,
      },
      warnings: request.warnings,
    };
  }

  async doStream(options: LanguageModelV4CallOptions): Promise<LanguageModelV4StreamResult> {
    const request = await prepareClovaChatRequest(this.modelId, options);
    const context = {
      url: this.#url(request),
      requestBodyValues: request.params,
      abortSignal: options.abortSignal,
    };
    let events: ChatCompletionStream;
    try {
      events = await this.#config.client().chat.stream(request.params, request.requestOptions);
    } catch (error) {
      throw toAISDKError(error, context);
    }
    const iterator = events[Symbol.asyncIterator]();
    let parts: ClovaStreamParts;
    const stream = new ReadableStream<LanguageModelV4StreamPart>({
      start: (controller) => {
        parts = new ClovaStreamParts(
          {
            warnings: request.warnings,
            modelId: this.modelId,
            requestId: events.requestId,
            includeRawChunks: options.includeRawChunks,
            generateId: this.#config.generateId ?? defaultGenerateId,
            toError: (error) => toAISDKError(error, context),
          },
          (part) => controller.enqueue(part),
        );
      },
      pull: async (controller) => {
        try {
          const next = await iterator.next();
          if (!next.done) {
            parts.event(next.value);
            return;
          }
        } catch (error) {
          if (options.abortSignal?.aborted) {
            controller.error(toAISDKError(error, context));
            return;
          }
          parts.fail(error);
        }
        parts.end();
        controller.close();
      },
      cancel: async () => {
        await iterator.return?.();
      },
    });
    return {
      stream,
      request: { body: request.params },
      response: { headers: Object.fromEntries(events.response.headers) },
    };
  }
}
