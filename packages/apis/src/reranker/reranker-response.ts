import * as z from 'zod/mini';
import { chatUsageSchema } from '../chat/chat-completions-v3-response.ts';
import { lenientObject } from '../shared/named-schema.ts';

/** A document the reranker cited (echoed from the request). */
export const citedDocumentSchema = lenientObject({
  /** Id of the document, as sent. */
  id: z.string(),
  /** Text of the document, as sent. */
  doc: z.string(),
});

const rerankerResponseObject = lenientObject({
  /** The generated answer; cited spans are wrapped in `<docN>…</docN>` tags. */
  result: z.string(),
  /** The input documents the answer cites (empty when nothing relevant was found). */
  citedDocuments: z.array(citedDocumentSchema),
  /** Suggested re-search queries; filled only when the documents did not contain an answer, else `[]`. */
  suggestedQueries: z.optional(z.array(z.string())),
  /** Token usage. */
  usage: z.optional(chatUsageSchema),
});

/** `result` of Reranker. */
export interface RerankerResponse extends z.output<typeof rerankerResponseObject> {}

/** Schema of {@link RerankerResponse} (unknown fields pass through at run time). */
export const rerankerResponseSchema: z.ZodMiniType<RerankerResponse> = rerankerResponseObject;
