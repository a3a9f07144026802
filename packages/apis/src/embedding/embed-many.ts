import { backoff, isRetryable, newRequestId, RateLimitError, Transport } from '@clova-studio/core';
import * as z from 'zod/mini';
import { budgetOfFetch } from '../rate-limit/budgeted-fetch.ts';
import { RateLimiter } from '../rate-limiter.ts';
import { type Clock, systemClock, throwIfAborted } from '../shared/clock.ts';
import type { EndpointTarget } from '../shared/endpoint.ts';
import type { ClovaRequestOptions } from '../validation/request-options.ts';
import { validateRequest } from '../validation/validate-request.ts';
import { createEmbedding } from './create-embedding.ts';
import { createEmbeddingV2 } from './create-embedding-v2.ts';
import { rateLimitDelay } from './embed-retry.ts';
import type { EmbeddingModel } from './embedding-request.ts';
import type { EmbeddingResponse } from './embedding-response.ts';

/** Progress of {@link embedMany}. */
export interface EmbedManyProgress {
  /** Texts embedded so far. */
  completed: number;
  /** Texts in the batch. */
  total: number;
  /** Attempts retried so far (429s that still arrived, 5xx, network errors). */
  retries: number;
}

/** Options of {@link embedMany}. */
export interface EmbedManyOptions {
  /** `clir-emb-dolphin` (default), `clir-sts-dolphin` (Embedding v1) or `bge-m3` (Embedding v2). */
  model?: EmbeddingModel | 'bge-m3';
  /** Requests in flight at once, default 4. */
  concurrency?: number;
  /**
   * Client-side budget in requests per minute, default 60 (the published per-tool limits vary; set your quota).
   * Every attempt, retries included, takes a slot. Ignored when `limiter` is given. When the client has a
   * `rateLimit` budget and neither this nor `limiter` is given, the batch draws on the client's budget alone.
   */
  requestsPerMinute?: number;
  /** A limiter to share between batches (e.g. one per API key); overrides `requestsPerMinute`. */
  limiter?: RateLimiter;
  /** Attempts per text before giving up, default 5 (retries 429, 408, 5xx and network errors). */
  maxAttempts?: number;
  /** Called after each text is embedded. */
  onProgress?: (progress: EmbedManyProgress) => void;
  /** Cancels the batch (rejects with `APIUserAbortError`). */
  signal?: AbortSignal;
  /** Per-request options (timeout, headers, …). Core retries are turned off: {@link embedMany} retries itself. */
  requestOptions?: ClovaRequestOptions;
  /** Time source for the limiter and back-off (default the real clock). */
  clock?: Clock;
}

/** Result of {@link embedMany}. */
export interface EmbedManyResult {
  /** One vector per input text, in input order. */
  embeddings: number[][];
  /** Full results in input order (with `inputTokens` and any unknown fields). */
  results: EmbeddingResponse[];
  /** Sum of `inputTokens`. */
  inputTokens: number;
}

const textsSchema = z.object({
  texts: z.array(z.string().check(z.minLength(1, 'must not be empty'))),
});

/**
 * Embeds many texts (one request per text, as the API takes one text per call), keeping input order. A
 * client-side sliding-window limiter keeps the batch within `requestsPerMinute`, so a large batch does not meet 429
 * at all; failed attempts (a 429 that still arrives, 408, 5xx, network errors) are retried through the same limiter
 * with back-off (honouring `Retry-After`). Any other error stops the batch.
 *
 * @example
 * ```ts
 * const { embeddings } = await embedMany(transport, texts, { model: 'bge-m3', requestsPerMinute: 120 });
 * ```
 * @throws RequestValidationError naming `texts[i]` when a text is empty (before anything is sent).
 */
export async function embedMany(
  target: EndpointTarget,
  texts: readonly string[],
  options: EmbedManyOptions = {},
): Promise<EmbedManyResult> {
  const {
    model = 'clir-emb-dolphin',
    concurrency = 4,
    maxAttempts = 5,
    onProgress,
    signal,
    clock = systemClock,
  } = options;
  validateRequest(textsSchema, { texts }, options.requestOptions);
  const ownBudget =
    !budgetOfFetch((target instanceof Transport ? target : target.transport).options.fetch) ||
    options.requestsPerMinute !== undefined;
  const limiter =
    options.limiter ??
    (ownBudget ? new RateLimiter({ limit: options.requestsPerMinute ?? 60, clock }) : undefined);
  const total = texts.length;
  const results: EmbeddingResponse[] = new Array(total);
  const progress: EmbedManyProgress = { completed: 0, total, retries: 0 };
  throwIfAborted(signal);
  if (total === 0) return { embeddings: [], results: [], inputTokens: 0 };

  const controller = new AbortController();
  const onAbort = (): void => controller.abort(signal?.reason);
  signal?.addEventListener('abort', onAbort, { once: true });
  const requestOptions: ClovaRequestOptions = {
    ...options.requestOptions,
    maxRetries: 0,
    validate: false,
    signal: controller.signal,
  };

  const embedOne = async (text: string): Promise<EmbeddingResponse> => {
    // one logical request per text: its retries keep the request id, as core's own retries do
    const attemptOptions = { ...requestOptions, requestId: newRequestId() };
    for (let attempt = 1; ; attempt++) {
      await limiter?.acquire(controller.signal);
      try {
        return model === 'bge-m3'
          ? await createEmbeddingV2(target, { text }, attemptOptions)
          : await createEmbedding(target, { model, text }, attemptOptions);
      } catch (error) {
        if (controller.signal.aborted || attempt >= maxAttempts || !isRetryable(error)) throw error;
        progress.retries++;
        if (error instanceof RateLimitError) {
          // the client's budget (when it is the limiter) has paused itself on the 429 already
          limiter?.pauseFor(rateLimitDelay(error, attempt, limiter.windowMs));
        } else {
          await clock.sleep(backoff(attempt), controller.signal);
        }
      }
    }
  };

  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < total) {
      const index = next++;
      results[index] = await embedOne(texts[index]!);
      progress.completed++;
      onProgress?.({ ...progress });
    }
  };

  try {
    await Promise.all(
      Array.from({ length: Math.max(1, Math.min(concurrency, total)) }, () =>
        worker().catch((error: unknown) => {
          controller.abort(error);
          throw error;
        }),
      ),
    );
  } catch (error) {
    throwIfAborted(signal);
    throw error;
  } finally {
    signal?.removeEventListener('abort', onAbort);
  }
  let inputTokens = 0;
  for (const r of results) inputTokens += r.inputTokens;
  return { embeddings: results.map((r) => r.embedding), results, inputTokens };
}
