import type { APIPromise, Transport } from '@clova-studio/core';
import { parseResponse } from '../shared/parse-response';
import { sendRequest } from '../shared/send-request';
import type { ClovaRequestOptions } from '../validation/request-options';
import { validateRequest } from '../validation/validate-request';
import { type RagReasoningParams, ragReasoningParamsSchema } from './rag-reasoning-request';
import { type RagReasoningResponse, ragReasoningResponseSchema } from './rag-reasoning-response';

/**
 * RAG Reasoning: asks for search tool calls, then answers from the `tool` results with `<docId>` citations (`POST /v1/api-tools/rag-reasoning`).
 *
 * @example
 * ```ts
 * const { message } = await createRagReasoning(transport, { messages: [{ role: 'user', content: 'How do I rent an A100?' }], tools: [searchTool], toolChoice: 'auto' });
 * ```
 * @throws RequestValidationError naming the field when a documented rule is broken (before sending).
 */
export function createRagReasoning(
  transport: Transport,
  params: RagReasoningParams,
  options?: ClovaRequestOptions,
): APIPromise<RagReasoningResponse> {
  return sendRequest(
    transport,
    options,
    () => {
      const body = validateRequest(ragReasoningParamsSchema, params, options);
      return { method: 'POST', path: '/v1/api-tools/rag-reasoning', body };
    },
    (data) => parseResponse(ragReasoningResponseSchema, data),
  );
}
