import { z } from 'zod';

/** `POST /v1/api-tools/reranker` body, with the documented `maxTokens` range (< 4096, default 1024). */
export const rerankRequestSchema = z.object({
  documents: z.array(z.object({ id: z.string(), doc: z.string() })),
  query: z.string(),
  maxTokens: z.number().int().min(1).max(4095).default(1024),
});

/** A validated reranker request. */
export type RerankRequest = z.output<typeof rerankRequestSchema>;
/** A document given to the reranker (and echoed in `citedDocuments`). */
export type RerankDocument = RerankRequest['documents'][number];
