import {
  type EmbeddingModelV4,
  type LanguageModelV4,
  NoSuchModelError,
  type ProviderV4,
  type RerankingModelV4,
} from '@ai-sdk/provider';
import { loadApiKey, loadOptionalSetting, withoutTrailingSlash } from '@ai-sdk/provider-utils';
import {
  ClovaStudio,
  type ClovaStudioOptions,
  DEFAULT_BASE_URL,
  RateLimiter,
} from '@clova-studio/apis';
import { ClovaChatLanguageModel } from './clova-chat-language-model.ts';
import type { ClovaStudioChatModelId } from './clova-chat-options.ts';
import { ClovaEmbeddingModel, type ClovaStudioEmbeddingModelId } from './clova-embedding-model.ts';
import { ClovaRerankingModel, type ClovaStudioRerankingModelId } from './clova-reranking-model.ts';

/** The CLOVA Studio provider: call it with a chat model id, or use its model factories. */
export interface ClovaStudioProvider extends ProviderV4 {
  /** A chat model, e.g. `clovaStudio('HCX-007')`. */
  (modelId: ClovaStudioChatModelId): LanguageModelV4;
  /** A chat model (`HCX-007`, `HCX-005`, `HCX-DASH-002`, `HCX-003`, `HCX-DASH-001`, `ft:<taskId>`). */
  languageModel(modelId: ClovaStudioChatModelId): LanguageModelV4;
  /** Alias of {@link ClovaStudioProvider.languageModel}. */
  chat(modelId: ClovaStudioChatModelId): LanguageModelV4;
  /** An embedding model: `bge-m3`, `clir-emb-dolphin` or `clir-sts-dolphin`. */
  embeddingModel(modelId: ClovaStudioEmbeddingModelId): EmbeddingModelV4;
  /** Alias of {@link ClovaStudioProvider.embeddingModel}. */
  embedding(modelId: ClovaStudioEmbeddingModelId): EmbeddingModelV4;
  /** The Reranker (`reranker`). */
  rerankingModel(modelId: ClovaStudioRerankingModelId): RerankingModelV4;
  /** Alias of {@link ClovaStudioProvider.rerankingModel}. */
  reranking(modelId: ClovaStudioRerankingModelId): RerankingModelV4;
}

/**
 * Settings of {@link createClovaStudio}: every `ClovaStudioOptions` field of
 * `@clova-studio/apis` (timeout, legacy keys, logger, validation, …) is passed to the client the
 * provider builds, always with `maxRetries: 0` (`ai` retries; `maxRetries` is the `ai` call's
 * option).
 */
export interface ClovaStudioProviderSettings extends Omit<ClovaStudioOptions, 'maxRetries'> {
  /** API key (`nv-…`), sent as `Authorization: Bearer`. Default: env `CLOVA_STUDIO_API_KEY`. */
  apiKey?: string;
  /** Default: env `CLOVA_STUDIO_BASE_URL`, else `https://clovastudio.stream.ntruss.com`. */
  baseURL?: string;
  /** Headers sent with every request. */
  headers?: Record<string, string>;
  /** A `fetch` implementation, e.g. for a proxy or tests. */
  fetch?: typeof globalThis.fetch;
  /**
   * A client to reuse: its options are taken over (with `maxRetries: 0`), and the client
   * settings given here (`apiKey`, `baseURL`, `headers`, `fetch`, …) are ignored.
   */
  client?: ClovaStudio;
  /**
   * The requests-per-minute budget of the embedding models of this provider (shared by every
   * call): a number, a `RateLimiter` from `@clova-studio/apis` (e.g. one shared with other
   * code), or `false` for none. Default 60, as `client.embeddings.embedMany`, or none when the
   * client has a `rateLimit` budget (that budget then gates every call).
   */
  embeddingRequestsPerMinute?: number | RateLimiter | false;
  /** Makes ids for tool calls that arrive without one. */
  generateId?: () => string;
}

/**
 * Creates a CLOVA Studio provider for the AI SDK. Nothing is read or sent until a model is used:
 * the key is read then, and a missing key throws `LoadAPIKeyError`.
 *
 * @example
 * ```ts
 * const clova = createClovaStudio({ apiKey: process.env.CLOVA_STUDIO_API_KEY });
 * const { text } = await generateText({ model: clova('HCX-005'), prompt: 'Hello' });
 * ```
 */
export function createClovaStudio(settings: ClovaStudioProviderSettings = {}): ClovaStudioProvider {
  const { client: given, embeddingRequestsPerMinute, generateId, ...clientOptions } = settings;
  let client: ClovaStudio | undefined;
  const getClient = (): ClovaStudio => {
    client ??= given
      ? new ClovaStudio({
          ...given.transport.options,
          validation: given.validation,
          maxRetries: 0,
        })
      : new ClovaStudio({
          ...clientOptions,
          apiKey: clientOptions.legacyKeys
            ? undefined
            : loadApiKey({
                apiKey: clientOptions.apiKey,
                environmentVariableName: 'CLOVA_STUDIO_API_KEY',
                description: 'CLOVA Studio',
              }),
          maxRetries: 0,
        });
    return client;
  };
  const baseURL = (): string =>
    withoutTrailingSlash(
      loadOptionalSetting({
        settingValue: given ? given.transport.options.baseURL : clientOptions.baseURL,
        environmentVariableName: 'CLOVA_STUDIO_BASE_URL',
      }) ?? DEFAULT_BASE_URL,
    ) ?? DEFAULT_BASE_URL;
  let limiter: RateLimiter | undefined;
  const getLimiter = (): RateLimiter | undefined => {
    if (embeddingRequestsPerMinute === false) return undefined;
    // by default the client's own `rateLimit` budget, when it has one, is the only gate
    if (embeddingRequestsPerMinute === undefined && getClient().rateBudget) return undefined;
    limiter ??=
      typeof embeddingRequestsPerMinute === 'object'
        ? embeddingRequestsPerMinute
        : new RateLimiter({ limit: embeddingRequestsPerMinute ?? 60 });
    return limiter;
  };

  const createChatModel = (modelId: ClovaStudioChatModelId) =>
    new ClovaChatLanguageModel(modelId, {
      provider: 'clovaStudio.chat',
      client: getClient,
      baseURL,
      ...(generateId ? { generateId } : {}),
    });
  const createEmbeddingModel = (modelId: ClovaStudioEmbeddingModelId) =>
    new ClovaEmbeddingModel(modelId, {
      provider: 'clovaStudio.embedding',
      client: getClient,
      baseURL,
      limiter: getLimiter,
    });
  const createRerankingModel = (modelId: ClovaStudioRerankingModelId) =>
    new ClovaRerankingModel(modelId, {
      provider: 'clovaStudio.reranking',
      client: getClient,
      baseURL,
    });

  const provider = function (modelId: ClovaStudioChatModelId) {
    if (new.target) {
      throw new Error('The CLOVA Studio model function cannot be called with the new keyword.');
    }
    return createChatModel(modelId);
  };
  provider.specificationVersion = 'v4' as const;
  provider.languageModel = createChatModel;
  provider.chat = createChatModel;
  provider.embeddingModel = createEmbeddingModel;
  provider.embedding = createEmbeddingModel;
  provider.rerankingModel = createRerankingModel;
  provider.reranking = createRerankingModel;
  provider.imageModel = (modelId: string): never => {
    throw new NoSuchModelError({ modelId, modelType: 'imageModel' });
  };
  return provider;
}

/** The default provider: reads `CLOVA_STUDIO_API_KEY` (and `CLOVA_STUDIO_BASE_URL`) when first used. */
export const clovaStudio: ClovaStudioProvider = createClovaStudio();
