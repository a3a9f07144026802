import type { Scenario } from '../scenario.ts';
import { aiSdkEmbed } from './ai-sdk-embed.ts';
import { aiSdkObject } from './ai-sdk-object.ts';
import { aiSdkRerank } from './ai-sdk-rerank.ts';
import { aiSdkToolLoop } from './ai-sdk-tools.ts';
import { chatConversation } from './chat-conversation.ts';
import { chatImage } from './chat-image.ts';
import { chatStream } from './chat-stream.ts';
import { chatThinking } from './chat-thinking.ts';
import { chatV1 } from './chat-v1.ts';
import { completions } from './completions.ts';
import { embedMany } from './embed-many.ts';
import { embeddings } from './embeddings.ts';
import { functionCalling } from './function-calling.ts';
import { langchainAgent } from './langchain-agent.ts';
import { langchainRag } from './langchain-rag.ts';
import { langchainStructured } from './langchain-structured.ts';
import { openaiCompat } from './openai-compat.ts';
import { rerankRag } from './rerank-rag.ts';
import { retry } from './retry.ts';
import { router } from './router.ts';
import { segmentation } from './segmentation.ts';
import { skillset } from './skillset.ts';
import { slidingWindow } from './sliding-window.ts';
import { structuredOutput } from './structured-output.ts';
import { summary } from './summary.ts';
import { tokenCount } from './token-count.ts';
import { tuning } from './tuning.ts';

/** Every scenario, in the order `demo` runs them. */
export const scenarios: readonly Scenario[] = [
  chatStream,
  chatConversation,
  chatImage,
  chatThinking,
  functionCalling,
  structuredOutput,
  chatV1,
  completions,
  openaiCompat,
  tokenCount,
  slidingWindow,
  summary,
  segmentation,
  embeddings,
  rerankRag,
  router,
  skillset,
  tuning,
  embedMany,
  retry,
  langchainAgent,
  langchainRag,
  langchainStructured,
  aiSdkToolLoop,
  aiSdkObject,
  aiSdkEmbed,
  aiSdkRerank,
];
