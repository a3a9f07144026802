import {
  type ClovaStudio,
  type EmbeddingModel,
  type EmbeddingResponse,
  newRequestId,
  RateLimitError,
  RateLimiter,
} from '@clova-studio/apis';
import { Embeddings, type EmbeddingsParams } from '@langchain/core/embeddings';
import { type ClovaXClientOptions, createClovaClient } from './client.ts';
import { toLangChainError } from './errors.ts';

/** Options of {@link ClovaXEmbeddings}. Every `ClovaStudioOptions` field is passed to the client it builds. */
export interface ClovaXEmbeddingsInput extends EmbeddingsParams, ClovaXClientOptions {
  /** `clir-emb-dolphin` (default), `clir-sts-dolphin` (Embedding v1) or `bge-m3` (Embedding v2). */
  model?: EmbeddingModel | 'bge-m3';
  /** Requests in flight at once (default 4). */
  maxConcurrency?: number;
  /**
   * Client-side budget in requests per minute, retries included. Default 60, or none when the
   * client has a `rateLimit` budget (that budget then gates every request). Ignored with `limiter`.
   */
  requestsPerMinute?: number;
  /** A limiter to share between instances (e.g. one per API key); overrides `requestsPerMinute`. */
  limiter?: RateLimiter;
}

const OWN_KEYS = ['model', 'requestsPerMinute', 'limiter', 'client'] as const;

/**
 * CLOVA Studio embeddings (Embedding v1 `clir-emb-dolphin` / `clir-sts-dolphin`, v2 `bge-m3`).
 * The service embeds one text per request, so `embedDocuments` sends one request per text under
 * LangChain's caller (at most `maxConcurrency` at once, failures retried there) and within a
 * client-side requests-per-minute budget (the apis `RateLimiter`), keeping input order.
 *
 * @example
 * ```ts
 * const embeddings = new ClovaXEmbeddings({ model: 'bge-m3' });
 * const vector = await embeddings.embedQuery('What is HyperCLOVA X?');
 * ```
 */
export class ClovaXEmbeddings extends Embeddings {
  /** The apis client (built with `maxRetries: 0`; LangChain's caller retries). */
  readonly client: ClovaStudio;
  /** The embedding model. */
  readonly model: EmbeddingModel | 'bge-m3';
  /** The requests-per-minute budget every attempt goes through (none when the client's `rateLimit` gates them). */
  readonly limiter: RateLimiter | undefined;

  /** @param fields - model, concurrency, budget and client options. */
  constructor(fields: ClovaXEmbeddingsInput = {}) {
    super({ ...fields, maxConcurrency: fields.maxConcurrency ?? 4 });
    this.model = fields.model ?? 'clir-emb-dolphin';
    this.client = createClovaClient(fields as Record<string, unknown>, OWN_KEYS);
    const clientGates = fields.requestsPerMinute === undefined && this.client.rateBudget;
    this.limiter =
      fields.limiter ??
      (clientGates ? undefined : new RateLimiter({ limit: fields.requestsPerMinute ?? 60 }));
  }

  async #embed(text: string): Promise<number[]> {
    // one logical request per text: LangChain's retries keep its request id
    const options = { maxRetries: 0, requestId: newRequestId() };
    const result = await this.caller.call(async (): Promise<EmbeddingResponse> => {
      await this.limiter?.acquire();
      try {
        return this.model === 'bge-m3'
          ? await this.client.embeddings.createV2({ text }, options)
          : await this.client.embeddings.create({ model: this.model, text }, options);
      } catch (error) {
        if (error instanceof RateLimitError && this.limiter) {
          this.limiter.pauseFor(error.retryAfterMs ?? this.limiter.windowMs);
        }
        throw toLangChainError(error);
      }
    });
    return result.embedding;
  }

  /** Embeds each text (one request per text), in input order. */
  override embedDocuments(documents: string[]): Promise<number[][]> {
    return Promise.all(documents.map((text) => this.#embed(text)));
  }

  /** Embeds one text. */
  override embedQuery(document: string): Promise<number[]> {
    return this.#embed(document);
  }
}
