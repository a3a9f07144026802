import { cosine } from '../cosine.ts';
import { check, defineScenario } from '../scenario.ts';
import { renderTable } from '../ui/table.ts';

const TEXTS = [
  'My dog loves long walks in the park.',
  'Walking the dog in the park every morning.',
  'The central bank raised interest rates again.',
  'Higher interest rates worry bank customers.',
] as const;

function similarityMatrix(vectors: readonly (readonly number[])[]): number[][] {
  return vectors.map((a) => vectors.map((b) => Number(cosine(a, b).toFixed(3))));
}

/** Whether each text's closest other text is its topical pair (0↔1, 2↔3). */
function ranksPairsFirst(matrix: number[][]): boolean {
  return matrix.every((row, i) => {
    const pair = i ^ 1;
    return row.every((score, j) => j === i || j === pair || score < (row[pair] ?? 0));
  });
}

/**
 * Embedding v1 (clir-emb-dolphin) and v2 (bge-m3): four sentences on two topics, and a cosine
 * similarity table where each sentence should sit closest to its topical pair.
 */
export const embeddings = defineScenario({
  name: 'embeddings',
  title: 'Embedding v1 and v2 with a similarity table',
  endpoint: 'POST /v1/api-tools/embedding/{clir-emb-dolphin,v2}',
  async run({ client, terminal, say }) {
    const { colors } = terminal;
    const v1 = await Promise.all(
      TEXTS.map((text) => client.embeddings.create({ model: 'clir-emb-dolphin', text })),
    );
    const v2 = await Promise.all(TEXTS.map((text) => client.embeddings.createV2({ text })));

    const matrices = {
      'clir-emb-dolphin': similarityMatrix(v1.map((r) => r.embedding)),
      'bge-m3': similarityMatrix(v2.map((r) => r.embedding)),
    };
    for (const [model, matrix] of Object.entries(matrices)) {
      say(colors.bold(`${model} (${(model === 'bge-m3' ? v2 : v1)[0]?.embedding.length}-d)`));
      say(
        renderTable({
          headers: ['', ...TEXTS.map((_, i) => `#${i + 1}`)],
          rows: matrix.map((row, i) => [
            `#${i + 1} ${TEXTS[i]}`,
            ...row.map((score, j) =>
              i === j
                ? colors.dim('1.000')
                : (i ^ 1) === j
                  ? colors.green(score.toFixed(3))
                  : score.toFixed(3),
            ),
          ]),
          alignRight: [1, 2, 3, 4],
        }),
      );
    }

    const pairsFirst = {
      'clir-emb-dolphin': ranksPairsFirst(matrices['clir-emb-dolphin']),
      'bge-m3': ranksPairsFirst(matrices['bge-m3']),
    };
    check(
      pairsFirst['bge-m3'] && pairsFirst['clir-emb-dolphin'],
      'a sentence sat closer to an unrelated one',
    );

    return {
      summary: 'every sentence is closest to its topical pair (v1 and v2)',
      data: { texts: TEXTS, matrices, pairsFirst },
    };
  },
});
