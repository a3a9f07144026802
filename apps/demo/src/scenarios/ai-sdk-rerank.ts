import { rerank } from 'ai';
import { clovaProviderFor } from '../adapters.ts';
import { POLICY_DOCUMENTS } from '../assets/documents.ts';
import { check, defineScenario } from '../scenario.ts';

/**
 * AI SDK `rerank` over our provider: CLOVA's Reranker cites the documents that answer the query;
 * the provider ranks the cited ones first (CLOVA returns citations, not scores).
 */
export const aiSdkRerank = defineScenario({
  name: 'ai-sdk-rerank',
  title: 'AI SDK rerank with the CLOVA Reranker',
  endpoint: 'ai: rerank → POST /v1/api-tools/reranker',
  async run({ target, say }) {
    const query = 'How much is reimbursed for a hotel night in Seoul?';
    const documents = POLICY_DOCUMENTS.map((d) => d.doc);
    const { ranking } = await rerank({
      model: clovaProviderFor(target).rerankingModel('reranker'),
      query,
      documents,
      topN: 3,
    });
    const ranked = ranking.map((r) => ({
      id: POLICY_DOCUMENTS[r.originalIndex]?.id ?? '?',
      score: r.score,
    }));
    for (const r of ranked) say(`${r.score.toFixed(2)}  ${r.id}`);
    check(ranked[0]?.id === 'travel-02', 'the hotel document is not ranked first');
    return {
      summary: `top: ${ranked.map((r) => r.id).join(', ')}`,
      data: { ranking: ranked },
    };
  },
});
