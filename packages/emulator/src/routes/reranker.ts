import type { RegisterRoutes } from '../context.js';
import { fail } from '../http/fail.js';
import { ok } from '../http/respond.js';
import { rerank } from '../services/rerank.js';
import { rerankRequestSchema } from '../services/rerank-request.js';
import { countTokens } from '../text/tokenizer.js';
import { parseBody } from '../validate.js';

/** Maximum input tokens of the reranker and RAG reasoning. */
export const LLM_TOOL_INPUT_LIMIT = 128_000;

/** `POST /v1/api-tools/reranker`: cited answer from the relevant documents. */
export const registerRerankerRoutes: RegisterRoutes = (app) => {
  app.post('/v1/api-tools/reranker', (c) => {
    const body = parseBody(rerankRequestSchema, c.get('body'));
    if (body.query.trim() === '') throw fail('40004');
    const input =
      countTokens(body.query) + body.documents.reduce((n, d) => n + countTokens(d.doc), 0);
    if (input > LLM_TOOL_INPUT_LIMIT) throw fail('40003');
    const result = rerank(body.query, body.documents, body.maxTokens);
    return ok(c, result, result.usage.totalTokens);
  });
};
