import { cosine } from '../cosine.ts';
import { check, defineScenario } from '../scenario.ts';

const COUNT = 300;
const TOPICS = ['delivery', 'price', 'taste', 'packaging', 'service', 'freshness'] as const;

/** A few hundred short customer reviews, all different. */
function reviews(count: number): string[] {
  return Array.from(
    { length: count },
    (_, i) =>
      `Review ${i + 1}: the ${TOPICS[i % TOPICS.length]} was ${i % 3 === 0 ? 'great' : i % 3 === 1 ? 'fine' : 'poor'} (order ${1000 + i * 7}).`,
  );
}

/**
 * `embedMany`: a few hundred texts embedded (one request each, as the API takes one text), with
 * concurrency, client-side pacing and retries, and a progress bar. Spot checks confirm the
 * vectors come back in input order.
 */
export const embedMany = defineScenario({
  name: 'embed-many',
  title: `embedMany over ${COUNT} texts with a progress bar`,
  endpoint: 'POST /v1/api-tools/embedding/v2 ×300',
  async run({ client, target, progress, say }) {
    const texts = reviews(COUNT);
    const bar = progress({ label: 'embedding', total: texts.length });
    const result = await client.embeddings.embedMany(texts, {
      model: 'bge-m3',
      concurrency: 8,
      requestsPerMinute: target.pacing.embeddingRequestsPerMinute,
      onProgress: ({ completed, retries }) =>
        bar.update(completed, retries ? `${retries} retries` : undefined),
    });
    bar.finish();

    // Re-embed a few texts one by one: each must match the vector at the same index.
    const spotIndices = [0, Math.floor(COUNT / 2), COUNT - 1];
    const spotChecks = await Promise.all(
      spotIndices.map(async (index) => {
        const single = await client.embeddings.createV2({ text: texts[index] ?? '' });
        return {
          index,
          similarity: Number(cosine(single.embedding, result.embeddings[index] ?? []).toFixed(6)),
        };
      }),
    );
    const orderKept = spotChecks.every((s) => s.similarity > 0.999);
    say(`spot checks: ${spotChecks.map((s) => `#${s.index} ${s.similarity}`).join(', ')}`);
    check(result.embeddings.length === texts.length, 'some texts got no vector');
    check(orderKept, 'vectors came back out of order');

    return {
      summary: `${result.embeddings.length} vectors in input order, ${result.inputTokens} input tokens`,
      data: {
        inputCount: texts.length,
        count: result.embeddings.length,
        dimensions: result.embeddings[0]?.length ?? 0,
        inputTokens: result.inputTokens,
        spotChecks,
        orderKept,
      },
    };
  },
});
