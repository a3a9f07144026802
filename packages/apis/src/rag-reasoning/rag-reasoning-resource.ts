import type { APIPromise } from '@clova-studio/core';
import { APIResource } from '../shared/api-resource';
import type { ClovaRequestOptions } from '../validation/request-options';
import { createRagReasoning } from './create-rag-reasoning';
import type { RagReasoningParams } from './rag-reasoning-request';
import type { RagReasoningResponse } from './rag-reasoning-response';

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
  readonly create: (
    params: RagReasoningParams,
    options?: ClovaRequestOptions,
  ) => APIPromise<RagReasoningResponse> = this.bind(createRagReasoning);
}
