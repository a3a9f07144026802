import { defineEndpoint } from '../shared/endpoint.ts';
import { ragReasoningParamsSchema } from './rag-reasoning-request.ts';
import { ragReasoningResponseSchema } from './rag-reasoning-response.ts';

/**
 * RAG Reasoning: asks for search tool calls, then answers from the `tool` results with `<docId>` citations (`POST /v1/api-tools/rag-reasoning`).
 *
 * @example
 * ```ts
 * const { message } = await createRagReasoning(transport, { messages: [{ role: 'user', content: 'How do I rent an A100?' }], tools: [searchTool], toolChoice: 'auto' });
 * ```
 * @throws RequestValidationError naming the field when a documented rule is broken (before sending).
 */
export const createRagReasoning = defineEndpoint(
  'POST /v1/api-tools/rag-reasoning',
  ragReasoningParamsSchema,
  ragReasoningResponseSchema,
);
