import * as z from 'zod/mini';
import { type NamedInput, object } from '../shared/named-schema.ts';

const rerankerDocumentObject = object({
  /** Caller's id of the document (cited documents are returned with it). */
  id: z.string(),
  /** Text of the document. */
  doc: z.string(),
});

/** A retrieved document given to the reranker. */
export interface RerankerDocument extends z.input<typeof rerankerDocumentObject> {}

/** Schema of {@link RerankerDocument}. */
export const rerankerDocumentSchema: NamedInput<typeof rerankerDocumentObject, RerankerDocument> =
  rerankerDocumentObject;

const rerankerParamsObject = object({
  /** The retrieved documents to choose from. */
  documents: z.array(rerankerDocumentSchema),
  /** The user's query. */
  query: z.string().check(z.minLength(1, 'must not be empty')),
  /** Maximum tokens to generate: below 4,096, default 1,024. */
  maxTokens: z.optional(z.int().check(z.gte(1), z.lt(4_096))),
});

/** Parameters of Reranker (`POST /v1/api-tools/reranker`). Input is limited to 128,000 tokens in total. */
export interface RerankerParams extends z.input<typeof rerankerParamsObject> {}

/** Schema of {@link RerankerParams}. */
export const rerankerParamsSchema: NamedInput<typeof rerankerParamsObject, RerankerParams> =
  rerankerParamsObject;
