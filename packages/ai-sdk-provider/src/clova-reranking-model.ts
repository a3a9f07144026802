import type {
  RerankingModelV4,
  RerankingModelV4CallOptions,
  RerankingModelV4Result,
  SharedV4Warning,
} from '@ai-sdk/provider';
import { parseProviderOptions } from '@ai-sdk/provider-utils';
import type { ClovaStudio, RerankerResponse, WithResponse } from '@clova-studio/apis';
import * as z from 'zod';
import { toAISDKError } from './clova-error.ts';
import { definedHeaders } from './defined-headers.ts';

/** The reranking model id: CLOVA Studio has one Reranker (`reranker`); any string is accepted. */
export type ClovaStudioRerankingModelId = 'reranker' | (string & {});

/** `providerOptions.clovaStudio` of a `rerank` call. */
export const clovaStudioRerankingOptionsSchema = z.object({
  /** Cap on the generated answer, 1 ≤ x < 4096 (service default 1024). */
  maxTokens: z.number().int().optional(),
});

/** What a reranking model gets from its provider. */
export interface ClovaRerankingConfig {
  /** Provider name, e.g. `clovaStudio.reranking`. */
  provider: string;
  /** The client to call (built with `maxRetries: 0`: `ai` retries). */
  client: () => ClovaStudio;
  /** The base URL, for error reports. */
  baseURL: () => string;
}

/**
 * The relevance score of the document cited at position `rank` (0-based) among `total`
 * documents: `1 − rank / total`. The Reranker cites the documents its answer uses instead of
 * scoring them, so the first cited gets 1 and each later one a little less; uncited documents
 * are left out of the ranking.
 */
export function citationScore(rank: number, total: number): number {
  return 1 - rank / total;
}

/**
 * The CLOVA Studio Reranker (`/v1/api-tools/reranker`) as a `RerankingModelV4`. The service
 * answers the query from the documents and cites the ones it used: the ranking is the cited
 * documents in citation order, scored by {@link citationScore}; `topN` is applied to that list.
 * The answer, suggested queries and usage are in `providerMetadata.clovaStudio`.
 */
export class ClovaRerankingModel implements RerankingModelV4 {
  readonly specificationVersion = 'v4';
  readonly modelId: ClovaStudioRerankingModelId;
  readonly #config: ClovaRerankingConfig;

  /**
   * @param modelId - `reranker`.
   * @param config - from the provider.
   */
  constructor(modelId: ClovaStudioRerankingModelId, config: ClovaRerankingConfig) {
    this.modelId = modelId;
    this.#config = config;
  }

  /** `clovaStudio.reranking`. */
  get provider(): string {
    return this.#config.provider;
  }

  async doRerank(options: RerankingModelV4CallOptions): Promise<RerankingModelV4Result> {
    const { documents, query, topN, abortSignal } = options;
    const warnings: SharedV4Warning[] = [];
    const clova =
      (await parseProviderOptions({
        provider: 'clovaStudio',
        providerOptions: options.providerOptions,
        schema: clovaStudioRerankingOptionsSchema,
      })) ?? {};
    if (documents.type === 'object') {
      warnings.push({
        type: 'compatibility',
        feature: 'object documents',
        details: 'The Reranker takes text: object documents were sent as JSON text.',
      });
    }
    const texts: string[] =
      documents.type === 'text' ? documents.values : documents.values.map((v) => JSON.stringify(v));
    const params = {
      query,
      documents: texts.map((doc, i) => ({ id: String(i), doc })),
      ...(clova.maxTokens !== undefined ? { maxTokens: clova.maxTokens } : {}),
    };
    const headers = definedHeaders(options.headers);
    let response: WithResponse<RerankerResponse>;
    try {
      response = await this.#config
        .client()
        .reranker.create(params, { signal: abortSignal, headers })
        .withResponse();
    } catch (error) {
      throw toAISDKError(error, {
        url: `${this.#config.baseURL()}/v1/api-tools/reranker`,
        requestBodyValues: params,
        abortSignal,
      });
    }
    const { data } = response;
    const seen = new Set<number>();
    for (const cited of data.citedDocuments) {
      const index = Number(cited.id);
      if (Number.isInteger(index) && index >= 0 && index < texts.length) seen.add(index);
    }
    const ranking = [...seen].map((index, rank) => ({
      index,
      relevanceScore: citationScore(rank, texts.length),
    }));
    return {
      ranking: topN !== undefined ? ranking.slice(0, topN) : ranking,
      warnings,
      providerMetadata: {
        clovaStudio: {
          requestId: response.requestId,
          answer: data.result,
          suggestedQueries: data.suggestedQueries ?? [],
          ...(data.usage
            ? {
                usage: {
                  promptTokens: data.usage.promptTokens,
                  completionTokens: data.usage.completionTokens,
                  totalTokens: data.usage.totalTokens,
                },
              }
            : {}),
        },
      },
      response: {
        id: response.requestId,
        modelId: this.modelId,
        headers: Object.fromEntries(response.response.headers),
        body: data,
      },
    };
  }
}
