import { type ClientOptions, Transport } from '@clova-studio/core';
import { Chat } from './chat/chat-resource.ts';
import { Completions } from './completions/completions-resource.ts';
import { Embeddings } from './embedding/embeddings-resource.ts';
import { OpenAICompatible } from './openai/openai-resource.ts';
import { RagReasoning } from './rag-reasoning/rag-reasoning-resource.ts';
import { budgetedFetch, budgetOfFetch, toRateBudget } from './rate-limit/budgeted-fetch.ts';
import type { RateBudget, RateBudgetOptions } from './rate-limit/rate-budget.ts';
import { Reranker } from './reranker/reranker-resource.ts';
import { Router } from './router/router-resource.ts';
import { Segmentation } from './segmentation/segmentation-resource.ts';
import type { ResourceContext } from './shared/api-resource.ts';
import { Skillsets } from './skillset/skillsets-resource.ts';
import { SlidingWindow } from './sliding-window/sliding-window-resource.ts';
import { Summary } from './summary/summary-resource.ts';
import { Tokenizer } from './tokenizer/tokenizer-resource.ts';
import { Tuning } from './tuning/tuning-resource.ts';

/** Options of {@link ClovaStudio}: core's transport options plus `validation` and `rateLimit`. */
export interface ClovaStudioOptions extends ClientOptions {
  /**
   * Validate requests before sending them (default `true`). `false` sends parameters as given;
   * a single call can override it with `{ validate }` in its request options.
   */
  validation?: boolean;
  /**
   * Opt-in requests- and tokens-per-minute budget per model or tool, gating every call of the
   * client (streams and retries included): the options of a new {@link RateBudget} (e.g.
   * `testKeyRateLimits`, or `{ requestsPerMinute, tokensPerMinute, perModel, store }`), or a
   * budget to share with other clients. A shared store (`@clova-studio/rate-limit-redis`) makes
   * it one budget for a whole fleet. Default: none.
   */
  rateLimit?: RateBudget | RateBudgetOptions | undefined;
}

/**
 * The CLOVA Studio client: one transport, endpoints grouped by area.
 *
 * @example
 * ```ts
 * const client = new ClovaStudio(); // reads CLOVA_STUDIO_API_KEY
 * const res = await client.chat.create({ model: 'HCX-005', messages: [{ role: 'user', content: 'Hi' }] });
 * ```
 */
export class ClovaStudio implements ResourceContext {
  /** The underlying transport, usable with the standalone endpoint functions. */
  readonly transport: Transport;
  /** Client-level default for request validation. */
  readonly validation: boolean;

  /** Chat Completions (v3, routed to v1 / tuned tasks as needed): `create`, `stream`, `v1`. */
  readonly chat: Chat = new Chat(this);
  /** Legacy Completions for LK models: `create`. */
  readonly completions: Completions = new Completions(this);
  /** The OpenAI-compatible layer: `chat.completions.create|stream`, `embeddings.create`, `models.list`. */
  readonly openai: OpenAICompatible = new OpenAICompatible(this);
  /** Token calculators: `chat`, `chatV3`, `embeddingV2`, `tokenize`. */
  readonly tokenizer: Tokenizer = new Tokenizer(this);
  /** Sliding window: `chatMessages`. */
  readonly slidingWindow: SlidingWindow = new SlidingWindow(this);

  /** Embedding v1 (`create`), Embedding v2 / bge-m3 (`createV2`) and batches (`embedMany`). */
  readonly embeddings: Embeddings = new Embeddings(this);
  /** Summary (summarization v2): `create`. */
  readonly summary: Summary = new Summary(this);
  /** Break paragraph (segmentation): `create`. */
  readonly segmentation: Segmentation = new Segmentation(this);
  /** Reranker (LLM document selection with a cited answer): `create`. */
  readonly reranker: Reranker = new Reranker(this);
  /** RAG Reasoning (tool calls, then a cited answer): `create`. */
  readonly ragReasoning: RagReasoning = new RagReasoning(this);
  /** Router (domain, content and safety classification): `route(routerId, params)`. */
  readonly router: Router = new Router(this);
  /** Skillsets (Skill Trainer): `generateFinalAnswer`, `streamFinalAnswer`. */
  readonly skillsets: Skillsets = new Skillsets(this);
  /** Tuning: `create`, `get`, `list`, `listAll`, `delete`, `waitForTraining`. */
  readonly tuning: Tuning = new Tuning(this);

  /**
   * The budget every call of this client draws on (the `rateLimit` option), or `undefined`. A
   * client copied from this one's `transport.options` shares it.
   */
  get rateBudget(): RateBudget | undefined {
    return budgetOfFetch(this.transport.options.fetch);
  }

  /** @param options API key, base URL, timeout, retries, fetch, logger, validation, rate limit. */
  constructor(options: ClovaStudioOptions = {}) {
    const { validation = true, rateLimit, ...clientOptions } = options;
    if (rateLimit)
      clientOptions.fetch = budgetedFetch(toRateBudget(rateLimit), clientOptions.fetch);
    this.transport = new Transport(clientOptions);
    this.validation = validation;
  }
}
