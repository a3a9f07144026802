import type { EmbeddingModelV4, EmbeddingModelV4Result, SharedV4Warning } from '@ai-sdk/provider';
import { TooManyEmbeddingValuesForCallError } from '@ai-sdk/provider';
import { type ClovaStudio, models, type RateLimiter } from '@clova-studio/apis';
import { toAISDKError } from './clova-error.ts';
import { definedHeaders } from './defined-headers.ts';

/** An embedding model: `bge-m3` (Embedding v2), `clir-emb-dolphin` or `clir-sts-dolphin` (v1). */
export type ClovaStudioEmbeddingModelId =
  | 'bge-m3'
  | 'clir-emb-dolphin'
  | 'clir-sts-dolphin'
  | (string & {});

/** What an embedding model gets from its provider. */
export interface ClovaEmbeddingConfig {
  /** Provider name, e.g. `clovaStudio.embedding`. */
  provider: string;
  /** The client to call (built with `maxRetries: 0`: `ai` retries). */
  client: () => ClovaStudio;
  /** The base URL, for error reports. */
  baseURL: () => string;
  /** The requests-per-minute budget every call waits for, or `undefined` for none. */
  limiter: () => RateLimiter | undefined;
}

/**
 * A CLOVA Studio embedding model. The service embeds one text per request, so the model declares
 * `maxEmbeddingsPerCall: 1` and `supportsParallelCalls: true`: `embedMany` fans out one call per
 * text (order kept by `ai`), and every call first takes a slot of the provider's
 * requests-per-minute budget, so a large batch stays under the rate limit instead of meeting 429s.
 */
export class ClovaEmbeddingModel implements EmbeddingModelV4 {
  readonly specificationVersion = 'v4';
  readonly modelId: ClovaStudioEmbeddingModelId;
  /** One text per request (the API has no batch field). */
  readonly maxEmbeddingsPerCall = 1;
  /** Calls run in parallel, paced by the budget. */
  readonly supportsParallelCalls = true;
  readonly #config: ClovaEmbeddingConfig;

  /**
   * @param modelId - `bge-m3`, `clir-emb-dolphin` or `clir-sts-dolphin`.
   * @param config - from the provider.
   */
  constructor(modelId: ClovaStudioEmbeddingModelId, config: ClovaEmbeddingConfig) {
    this.modelId = modelId;
    this.#config = config;
  }

  /** `clovaStudio.embedding`. */
  get provider(): string {
    return this.#config.provider;
  }

  async doEmbed({
    values,
    abortSignal,
    headers,
    dimensions,
  }: Parameters<EmbeddingModelV4['doEmbed']>[0]): Promise<EmbeddingModelV4Result> {
    if (values.length > this.maxEmbeddingsPerCall) {
      throw new TooManyEmbeddingValuesForCallError({
        provider: this.provider,
        modelId: this.modelId,
        maxEmbeddingsPerCall: this.maxEmbeddingsPerCall,
        values,
      });
    }
    const text = values[0] ?? '';
    const warnings: SharedV4Warning[] = [];
    const own = (models as Record<string, { dimensions?: number }>)[this.modelId]?.dimensions;
    if (dimensions !== undefined && dimensions !== own) {
      warnings.push({
        type: 'unsupported',
        feature: 'dimensions',
        details: `${this.modelId} always returns ${own ?? 'its own number of'} dimensions.`,
      });
    }
    const options = { signal: abortSignal, headers: definedHeaders(headers) };
    const v2 = this.modelId === 'bge-m3';
    const url = `${this.#config.baseURL()}/v1/api-tools/embedding/${v2 ? 'v2' : this.modelId}`;
    try {
      await this.#config.limiter()?.acquire(abortSignal);
      const client = this.#config.client();
      const { data, response, requestId } = await (v2
        ? client.embeddings.createV2({ text }, options)
        : client.embeddings.create({ model: this.modelId as 'clir-emb-dolphin', text }, options)
      ).withResponse();
      return {
        embeddings: [data.embedding],
        usage: { tokens: data.inputTokens },
        providerMetadata: { clovaStudio: { requestId } },
        response: { headers: Object.fromEntries(response.headers), body: data },
        warnings,
      };
    } catch (error) {
      throw toAISDKError(error, { url, requestBodyValues: { text }, abortSignal });
    }
  }
}
