import type { RagReasoningMessage, RagReasoningTool } from '@clova-studio/apis';
import { POLICY_DOCUMENTS } from '../assets/documents.ts';
import { check, defineScenario } from '../scenario.ts';

/** Lower-case words of a text. */
function words(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** A local keyword search over the documents: the retriever RAG reasoning asks us to run. */
function searchDocuments(query: string, limit = 3): { id: string; doc: string }[] {
  const wanted = new Set(words(query));
  return POLICY_DOCUMENTS.map(({ id, doc }) => ({
    id,
    doc,
    score: words(doc).filter((word) => wanted.has(word)).length,
  }))
    .filter((hit) => hit.score > 0)
    .sort((a, b) => b.score - a.score)
    .slice(0, limit)
    .map(({ id, doc }) => ({ id, doc }));
}

const searchTool: RagReasoningTool = {
  type: 'function',
  function: {
    name: 'search_policy',
    description: 'Search the company policy documents.',
    parameters: {
      type: 'object',
      properties: { query: { type: 'string', description: 'What to look for' } },
      required: ['query'],
    },
  },
};

/** Ids cited as `<id>…</id>` in an answer. */
function citedIds(answer: string): string[] {
  return [...new Set([...answer.matchAll(/<([\w-]+)>/g)].map((m) => m[1] ?? ''))].filter(Boolean);
}

/**
 * Reranker: pick the documents that answer a question and get a cited answer. Then RAG reasoning:
 * the model asks for a search, we run it locally, and it answers citing the hits.
 */
export const rerankRag = defineScenario({
  name: 'rerank-rag',
  title: 'Reranker and RAG reasoning over a handful of documents',
  endpoint: 'POST /v1/api-tools/{reranker,rag-reasoning}',
  async run({ client, say, terminal }) {
    const { colors } = terminal;
    const question = 'How much is reimbursed for a hotel night in Seoul?';

    const reranked = await client.reranker.create({
      query: question,
      documents: [...POLICY_DOCUMENTS],
    });
    const rerankCited = reranked.citedDocuments.map((d) => d.id);
    say(`${colors.bold('reranker')}  cited ${rerankCited.join(', ') || 'nothing'}`);
    say(`          ${reranked.result}`);
    check(rerankCited.includes('travel-02'), 'the reranker did not cite the hotel document');

    const messages: RagReasoningMessage[] = [{ role: 'user', content: question }];
    const first = await client.ragReasoning.create({
      messages,
      tools: [searchTool],
      toolChoice: 'auto',
    });
    const calls = first.message.toolCalls ?? [];
    check(calls.length > 0, 'RAG reasoning did not ask for a search');
    // Send the assistant turn back as it came, then the search results as `tool` messages.
    messages.push({ role: 'assistant', content: first.message.content, toolCalls: calls });
    for (const call of calls) {
      const query = String(call.function.arguments.query ?? question);
      const hits = searchDocuments(query);
      say(
        `${colors.bold('rag')}       search_policy("${query}") → ${hits.map((h) => h.id).join(', ')}`,
      );
      messages.push({
        role: 'tool',
        toolCallId: call.id,
        content: JSON.stringify({ search_result: hits }),
      });
    }
    const final = await client.ragReasoning.create({
      messages,
      tools: [searchTool],
      toolChoice: 'auto',
    });
    const ragCited = citedIds(final.message.content);
    say(`          ${final.message.content}`);
    check(ragCited.includes('travel-02'), 'the RAG answer does not cite the hotel document');

    return {
      summary: `reranker cited ${rerankCited.join(', ')}; RAG answer cited ${ragCited.join(', ')}`,
      data: {
        question,
        rerankCited,
        rerankAnswer: reranked.result,
        ragCited,
        ragAnswer: final.message.content,
      },
    };
  },
});
