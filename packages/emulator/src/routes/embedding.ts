import { z } from 'zod';
import type { RegisterRoutes } from '../context.ts';
import { findModel } from '../engine/models.ts';
import { fail } from '../http/fail.ts';
import { ok } from '../http/respond.ts';
import {
  EMBEDDING_DIMENSION,
  embeddingInputTokens,
  embedText,
} from '../services/embedding-vector.ts';
import { countTokens } from '../text/tokenizer.ts';
import { parseBody } from '../validate.ts';

/** The catalogue model behind each embedding path segment (`v2` is bge-m3). */
const EMBEDDING_MODELS = new Map([
  ['clir-emb-dolphin', 'clir-emb-dolphin'],
  ['clir-sts-dolphin', 'clir-sts-dolphin'],
  ['v2', 'bge-m3'],
]);

/** Body of both the embedding and the v2 token counter: `{text}`. */
const textBody = z.object({ text: z.string() });

/** Character limit of the embedding v2 token counter. */
const TOKENIZE_CHAR_LIMIT = 10_000;

/**
 * `POST /v1/api-tools/embedding/{clir-emb-dolphin|clir-sts-dolphin|v2}` and the v2 token counter
 * `POST /v1/api-tools/embedding/v2/tokenize`.
 */
export const registerEmbeddingRoutes: RegisterRoutes = (app) => {
  app.post('/v1/api-tools/embedding/:modelName', (c) => {
    const model = findModel(EMBEDDING_MODELS.get(c.req.param('modelName')) ?? '');
    if (!model) throw fail('40080');
    const { text } = parseBody(textBody, c.get('body'));
    const inputTokens = embeddingInputTokens(text, model);
    return ok(c, { embedding: embedText(text, EMBEDDING_DIMENSION), inputTokens }, inputTokens);
  });

  // `:version` rather than a literal `v2`: a static path beside `embedding/:modelName` would make
  // Hono fall back from its RegExpRouter to the slower TrieRouter for the whole app
  app.post('/v1/api-tools/embedding/:version/tokenize', (c) => {
    if (c.req.param('version') !== 'v2') throw fail('40400');
    const { text } = parseBody(textBody, c.get('body'));
    if (text.trim() === '') throw fail('40004');
    if (text.length > TOKENIZE_CHAR_LIMIT) throw fail('40003');
    return ok(c, { numTokens: countTokens(text) });
  });
};
