import type { RegisterRoutes } from '../context.ts';
import { fail } from '../http/fail.ts';
import { ok } from '../http/respond.ts';
import { rerank } from '../services/rerank.ts';
import { rerankRequestSchema } from '../services/rerank-request.ts';
import { countTokens } from '../text/tokenizer.ts';
import { parseBody } from '../validate.ts';

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
