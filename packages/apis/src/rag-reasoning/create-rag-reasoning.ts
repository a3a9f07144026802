import { defineEndpoint } from '../shared/endpoint';
import { ragReasoningParamsSchema } from './rag-reasoning-request';
import { ragReasoningResponseSchema } from './rag-reasoning-response';

/**
 * RAG Reasoning: asks for search tool calls, then answers from the `tool` results with `<docId>` citations (`POST /v1/api-tools/rag-reasoning`).
 *
 * @example
 * ```ts
 * const { message } = await createRagReasoning(transport, { messages: [{ role: 'user', content: 'How do I rent an A100?' }], tools: [searchTool], toolChoice: 'auto' });
 * ```
 * @throws RequestValidationError naming the field when a documented rule is broken (before sending).
 */
export const createRagReasoning = defineEndpoint({
  method: 'POST',
  path: '/v1/api-tools/rag-reasoning',
  params: ragReasoningParamsSchema,
  response: ragReasoningResponseSchema,
});
