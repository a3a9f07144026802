import { type ChatUsage, type ClovaStudio, newRequestId } from '@clova-studio/apis';
import type { Callbacks } from '@langchain/core/callbacks/manager';
import { Document, type DocumentInterface } from '@langchain/core/documents';
import { BaseDocumentCompressor } from '@langchain/core/retrievers/document_compressors';
import { AsyncCaller, type AsyncCallerParams } from '@langchain/core/utils/async_caller';
import { type ClovaXClientOptions, createClovaClient } from './client.ts';
import { toLangChainError } from './errors.ts';

/** Options of {@link ClovaXRerank}. Every `ClovaStudioOptions` field is passed to the client it builds. */
export interface ClovaXRerankInput extends AsyncCallerParams, ClovaXClientOptions {
  /** Keep at most this many cited documents (default: all the reranker cited). */
  topN?: number;
  /** Maximum tokens of the generated answer (below 4,096; service default 1,024). */
  maxTokens?: number;
}

/** What one rerank call returns besides the documents. */
export interface ClovaXRerankResult {
  /** Cited documents in citation order: `index` into the input, synthesised `relevanceScore`. */
  ranking: { index: number; relevanceScore: number }[];
  /** The reranker's answer, with `<docN>` citation tags. */
  answer: string;
  /** Re-search queries, filled when nothing relevant was found. */
  suggestedQueries: string[];
  /** Token usage. */
  usage: ChatUsage | undefined;
}

const OWN_KEYS = [
  'topN',
  'maxTokens',
  'client',
  'maxConcurrency',
  'maxRetries',
  'onFailedAttempt',
] as const;

/**
 * The score rule: CLOVA's reranker cites documents instead of scoring them, so the k-th cited
 * document (0-based) of n cited gets `relevanceScore = 1 - k / n` (1 for the first, above 0 for
 * the last); uncited documents are left out.
 */
export function citationScore(k: number, n: number): number {
  return 1 - k / n;
}

/**
 * CLOVA Studio's Reranker as a LangChain document compressor. The reranker is an LLM that
 * picks the documents relevant to the query and writes an answer citing them; there are no
 * scores. `compressDocuments` returns copies of the cited documents in citation order with
 * `metadata.relevanceScore` (see {@link citationScore}); {@link ClovaXRerank.rerank} also gives
 * the answer and suggested queries, and `lastAnswer` keeps the latest answer.
 *
 * @example
 * ```ts
 * const reranker = new ClovaXRerank();
 * const docs = await reranker.compressDocuments(documents, 'How do I delete a VPC?');
 * ```
 */
export class ClovaXRerank extends BaseDocumentCompressor {
  /** The apis client (built with `maxRetries: 0`; the caller retries). */
  readonly client: ClovaStudio;
  /** Cap on the documents returned. */
  readonly topN: number | undefined;
  /** Answer token cap. */
  readonly maxTokens: number | undefined;
  /** Retries and concurrency. */
  readonly caller: AsyncCaller;
  /** The answer of the latest `compressDocuments` / `rerank` call. */
  lastAnswer: string | undefined;

  /** @param fields - topN, maxTokens, caller and client options. */
  constructor(fields: ClovaXRerankInput = {}) {
    super();
    this.topN = fields.topN;
    this.maxTokens = fields.maxTokens;
    this.caller = new AsyncCaller(fields);
    this.client = createClovaClient(fields as Record<string, unknown>, OWN_KEYS);
  }

  /** Reranks texts or documents for a query: the ranking, the answer and suggested queries. */
  async rerank(
    documents: readonly (DocumentInterface | string)[],
    query: string,
    options: { topN?: number; signal?: AbortSignal } = {},
  ): Promise<ClovaXRerankResult> {
    const requestOptions = {
      maxRetries: 0,
      requestId: newRequestId(),
      ...(options.signal ? { signal: options.signal } : {}),
    };
    const docs = documents.map((d, i) => ({
      id: String(i),
      doc: typeof d === 'string' ? d : d.pageContent,
    }));
    const result = await this.caller.call(() =>
      this.client.reranker
        .create(
          { query, documents: docs, ...(this.maxTokens ? { maxTokens: this.maxTokens } : {}) },
          requestOptions,
        )
        .catch((e: unknown) => {
          throw toLangChainError(e);
        }),
    );
    const seen = new Set<number>();
    const cited: number[] = [];
    for (const c of result.citedDocuments) {
      const index = Number(c.id);
      if (Number.isInteger(index) && index >= 0 && index < docs.length && !seen.has(index)) {
        seen.add(index);
        cited.push(index);
      }
    }
    const topN = options.topN ?? this.topN;
    const ranking = cited
      .map((index, k) => ({ index, relevanceScore: citationScore(k, cited.length) }))
      .slice(0, topN);
    this.lastAnswer = result.result;
    return {
      ranking,
      answer: result.result,
      suggestedQueries: result.suggestedQueries ?? [],
      usage: result.usage,
    };
  }

  /** The cited documents, in citation order, as copies with `metadata.relevanceScore`. */
  override async compressDocuments(
    documents: DocumentInterface[],
    query: string,
    _callbacks?: Callbacks,
  ): Promise<DocumentInterface[]> {
    if (documents.length === 0) return [];
    const { ranking } = await this.rerank(documents, query);
    return ranking.map(({ index, relevanceScore }) => {
      const doc = documents[index]!;
      return new Document({
        pageContent: doc.pageContent,
        ...(doc.id !== undefined ? { id: doc.id } : {}),
        metadata: { ...doc.metadata, relevanceScore },
      });
    });
  }
}
