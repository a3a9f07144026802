import { APIResource, type Bound } from '../shared/api-resource.js';
import { createRagReasoning } from './create-rag-reasoning.js';

/** RAG Reasoning: `client.ragReasoning`. */
export class RagReasoning extends APIResource {
  /**
   * See {@link createRagReasoning}.
   *
   * @example
   * ```ts
   * const { message } = await client.ragReasoning.create({ messages, tools, toolChoice: 'auto' });
   * ```
   */
  readonly create: Bound<typeof createRagReasoning> = this.bind(createRagReasoning);
}
