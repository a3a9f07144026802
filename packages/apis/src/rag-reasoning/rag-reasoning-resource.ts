import { APIResource, type Bound } from '../shared/api-resource.ts';
import { createRagReasoning } from './create-rag-reasoning.ts';

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
