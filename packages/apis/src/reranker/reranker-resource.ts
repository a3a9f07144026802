import { APIResource, type Bound } from '../shared/api-resource.ts';
import { createRerank } from './create-rerank.ts';

/** Reranker: `client.reranker`. */
export class Reranker extends APIResource {
  /**
   * See {@link createRerank}.
   *
   * @example
   * ```ts
   * const { result, citedDocuments } = await client.reranker.create({ query, documents });
   * ```
   */
  readonly create: Bound<typeof createRerank> = this.bind(createRerank);
}
