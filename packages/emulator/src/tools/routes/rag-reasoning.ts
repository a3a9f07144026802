import { ok } from '../../http/respond.js';
import { toolErrors } from '../errors.js';
import { ragInputTokens, ragReason } from '../rag-reasoning.js';
import { ragRequestSchema } from '../rag-request.js';
import type { RegisterToolRoute } from '../route-context.js';
import { parseBody } from '../validate.js';
import { LLM_TOOL_INPUT_LIMIT } from './reranker.js';

/** `POST /v1/api-tools/rag-reasoning`: function-calling RAG (tool call, then cited answer). */
export const registerRagReasoningRoutes: RegisterToolRoute = (app) => {
  app.post('/v1/api-tools/rag-reasoning', (c) => {
    const request = parseBody(ragRequestSchema, c.get('body'));
    const choice = request.toolChoice;
    if (
      typeof choice === 'object' &&
      !request.tools.some((t) => t.function.name === choice.function.name)
    ) {
      throw toolErrors.invalidParameter('toolChoice');
    }
    const lastUser = request.messages.findLast((m) => m.role === 'user');
    if (!lastUser) throw toolErrors.invalidParameter('messages');
    if (lastUser.content.trim() === '') throw toolErrors.textEmpty();
    if (ragInputTokens(request) > LLM_TOOL_INPUT_LIMIT) throw toolErrors.contextLengthExceeded();
    const result = ragReason(request);
    return ok(c, result, result.usage.totalTokens);
  });
};
