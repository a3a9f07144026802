import {
  ChatClovaX,
  ClovaXEmbeddings,
  ClovaXRerank,
  ClovaXTextSplitter,
} from '@clova-studio/langchain';
import { MemoryVectorStore } from '@langchain/classic/vectorstores/memory';
import type { AIMessageChunk } from '@langchain/core/messages';
import { connectionOf } from '../adapters.ts';
import { POLICY_DOCUMENTS } from '../assets/documents.ts';
import { check, defineScenario } from '../scenario.ts';

/** One long handbook mixing topics: flights, hotels, meals, laptops, leave. */
const HANDBOOK = POLICY_DOCUMENTS.map((d) => d.doc).join(' ');

/**
 * A RAG pipeline on LangChain: split a multi-topic handbook by topic (`ClovaXTextSplitter`), embed
 * the chunks (`ClovaXEmbeddings`, bge-m3) into a `MemoryVectorStore`, retrieve for a question,
 * compress with `ClovaXRerank`, and answer with HCX-007 (`ChatClovaX`), streaming its reasoning
 * and then its answer.
 */
export const langchainRag = defineScenario({
  name: 'langchain-rag',
  title: 'LangChain RAG: split, embed, retrieve, rerank, answer with reasoning',
  endpoint: 'langchain: segmentation → embedding/v2 → reranker → chat HCX-007 (SSE)',
  async run({ target, say, terminal }) {
    const { colors } = terminal;
    const connection = connectionOf(target);
    const question = 'How much is reimbursed for a hotel night in Seoul?';

    const chunks = await new ClovaXTextSplitter(connection).createDocuments([HANDBOOK]);
    say(`${colors.bold('split')}     ${chunks.length} topic chunks`);
    const embeddings = new ClovaXEmbeddings({
      ...connection,
      model: 'bge-m3',
      requestsPerMinute: target.pacing.embeddingRequestsPerMinute,
    });
    const store = await MemoryVectorStore.fromDocuments(chunks, embeddings);
    const retrieved = await store.similaritySearch(question, 3);
    say(`${colors.bold('retrieve')}  ${retrieved.length} chunks`);
    const reranker = new ClovaXRerank({ ...connection, topN: 1 });
    const [best] = await reranker.compressDocuments(retrieved, question);
    check(best !== undefined, 'the reranker kept no chunk');
    say(`${colors.bold('rerank')}    ${best.pageContent}`);
    check(best.pageContent.includes('Hotel'), 'the best chunk is not the hotel one');

    const model = new ChatClovaX({ ...connection, model: 'HCX-007', thinking: { effort: 'low' } });
    const stream = await model.stream([
      { role: 'system', content: `Answer from this context only:\n${best.pageContent}` },
      { role: 'user', content: question },
    ]);
    let reasoning = '';
    let answer = '';
    let final: AIMessageChunk | undefined;
    for await (const chunk of stream) {
      const thinking = chunk.additional_kwargs.reasoning_content;
      if (typeof thinking === 'string' && thinking) {
        if (!reasoning) terminal.write(`  ${colors.bold('reasoning')} `);
        reasoning += thinking;
        terminal.write(colors.dim(thinking));
      }
      if (chunk.text) {
        if (!answer) terminal.write(`\n  ${colors.bold('answer')}    `);
        answer += chunk.text;
        terminal.write(chunk.text);
      }
      final = final ? final.concat(chunk) : chunk;
    }
    terminal.line();
    check(reasoning.length > 0, 'no reasoning streamed');
    check(answer.length > 0, 'no answer streamed');
    return {
      summary: `${chunks.length} chunks → ${retrieved.length} retrieved → 1 reranked; ${reasoning.length} characters of reasoning, then the answer`,
      data: {
        chunks: chunks.length,
        retrieved: retrieved.map((d) => d.pageContent),
        best: best.pageContent,
        reasoning,
        answer,
        reasoningTokens: final?.usage_metadata?.output_token_details?.reasoning,
      },
    };
  },
});
