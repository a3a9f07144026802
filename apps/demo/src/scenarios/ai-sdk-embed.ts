import { cosineSimilarity, embed, embedMany } from 'ai';
import { clovaProviderFor } from '../adapters.ts';
import { POLICY_DOCUMENTS } from '../assets/documents.ts';
import { check, defineScenario } from '../scenario.ts';

/** AI SDK `embedMany` over the policy documents, then a cosine search for a question. */
export const aiSdkEmbed = defineScenario({
  name: 'ai-sdk-embed',
  title: 'AI SDK embedMany + cosine search',
  endpoint: 'ai: embedMany → POST /v1/api-tools/embedding/v2 (bge-m3)',
  async run({ target, say, terminal }) {
    const { colors } = terminal;
    const model = clovaProviderFor(target).embeddingModel('bge-m3');
    const question = 'How much is reimbursed for a hotel night in Seoul?';
    const { embeddings } = await embedMany({
      model,
      values: POLICY_DOCUMENTS.map((d) => d.doc),
    });
    const { embedding } = await embed({ model, value: question });
    const ranked = POLICY_DOCUMENTS.map((d, i) => ({
      id: d.id,
      score: cosineSimilarity(embedding, embeddings[i] ?? []),
    })).sort((a, b) => b.score - a.score);
    say(`${colors.bold('question')}  ${question}`);
    for (const hit of ranked.slice(0, 3)) say(`  ${hit.score.toFixed(3)}  ${hit.id}`);
    check(ranked[0]?.id === 'travel-02', 'the hotel document is not the closest');
    return {
      summary: `${embeddings.length} vectors of ${embeddings[0]?.length} dimensions; closest: ${ranked[0]?.id}`,
      data: {
        count: embeddings.length,
        dimensions: embeddings[0]?.length ?? 0,
        ranking: ranked.map((r) => r.id),
      },
    };
  },
});
