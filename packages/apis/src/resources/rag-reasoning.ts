import type { APIPromise } from '@clova-studio/core';
import { createRagReasoning } from '../rag-reasoning/create-rag-reasoning';
import type { RagReasoningParams } from '../rag-reasoning/rag-reasoning-request';
import type { RagReasoningResponse } from '../rag-reasoning/rag-reasoning-response';
import type { ClovaRequestOptions } from '../validation/request-options';
import { APIResource } from './api-resource';

/** RAG Reasoning: `client.ragReasoning`. */
export class RagReasoning extends APIResource {
  /**
   * See {@link createRagReasoning}.
   *
   * @example
   * ```ts
   * const { message } = await client.ragReasoning.create({ messages, tools, toolChoice: 'auto' });
   * ```
   */
  create(
    params: RagReasoningParams,
    options?: ClovaRequestOptions,
  ): APIPromise<RagReasoningResponse> {
    return createRagReasoning(this.transport, params, this.options(options));
  }
}
