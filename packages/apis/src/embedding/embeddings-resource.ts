import { APIResource, type Bound } from '../shared/api-resource.ts';
import { createEmbedding } from './create-embedding.ts';
import { createEmbeddingV2 } from './create-embedding-v2.ts';
import { embedMany } from './embed-many.ts';

/** Embedding v1 (`clir-emb-dolphin`, `clir-sts-dolphin`), Embedding v2 (`bge-m3`) and batches: `client.embeddings`. */
export class Embeddings extends APIResource {
  /**
   * Embedding v1: one text (1–500 tokens) → a 1,024-float vector. See {@link createEmbedding}.
   *
   * @example
   * ```ts
   * const { embedding } = await client.embeddings.create({ model: 'clir-sts-dolphin', text: 'Hello' });
   * ```
   */
  readonly create: Bound<typeof createEmbedding> = this.bind(createEmbedding);

  /**
   * Embedding v2 (`bge-m3`): one text (up to 8,192 tokens) → a 1,024-float vector. See {@link createEmbeddingV2}.
   *
   * @example
   * ```ts
   * const { embedding } = await client.embeddings.createV2({ text: 'Hello' });
   * ```
   */
  readonly createV2: Bound<typeof createEmbeddingV2> = this.bind(createEmbeddingV2);

  /**
   * Embeds many texts in order within a requests-per-minute budget, retrying failures. See {@link embedMany}.
   *
   * @example
   * ```ts
   * const { embeddings } = await client.embeddings.embedMany(texts, { model: 'bge-m3', requestsPerMinute: 60 });
   * ```
   */
  readonly embedMany: Bound<typeof embedMany> = this.bind(embedMany);
}
