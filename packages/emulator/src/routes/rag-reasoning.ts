import type { RegisterRoutes } from '../context.ts';
import { fail, invalidParameter } from '../http/fail.ts';
import { ok } from '../http/respond.ts';
import { ragInputTokens, ragReason } from '../services/rag-reasoning.ts';
import { ragRequestSchema } from '../services/rag-request.ts';
import { parseBody } from '../validate.ts';
import { LLM_TOOL_INPUT_LIMIT } from './reranker.ts';

/** `POST /v1/api-tools/rag-reasoning`: function-calling RAG (tool call, then cited answer). */
export const registerRagReasoningRoutes: RegisterRoutes = (app) => {
  app.post('/v1/api-tools/rag-reasoning', (c) => {
    const request = parseBody(ragRequestSchema, c.get('body'));
    const choice = request.toolChoice;
    if (
      typeof choice === 'object' &&
      !request.tools.some((t) => t.function.name === choice.function.name)
    ) {
      throw invalidParameter('toolChoice');
    }
    const lastUser = request.messages.findLast((m) => m.role === 'user');
    if (!lastUser) throw invalidParameter('messages');
    if (lastUser.content.trim() === '') throw fail('40004');
    if (ragInputTokens(request) > LLM_TOOL_INPUT_LIMIT) throw fail('40003');
    const result = ragReason(request);
    return ok(c, result, result.usage.totalTokens);
  });
};
