import type { Hono } from 'hono';
import type { EmulatorContext, EmulatorEnv, RegisterRoutes } from '../context.ts';
import { registerChatV1Routes } from './chat-v1.ts';
import { registerChatV3Routes } from './chat-v3.ts';
import { registerCompletionRoutes } from './completions.ts';
import { registerEmbeddingRoutes } from './embedding.ts';
import { registerOpenAiRoutes } from './openai.ts';
import { registerRagReasoningRoutes } from './rag-reasoning.ts';
import { registerRerankerRoutes } from './reranker.ts';
import { registerRouterRoutes } from './router.ts';
import { registerSegmentationRoutes } from './segmentation.ts';
import { registerSkillsetRoutes } from './skillset.ts';
import { registerSlidingWindowRoutes } from './sliding-window.ts';
import { registerSummaryRoutes } from './summary.ts';
import { registerTokenizeRoutes } from './tokenize.ts';
import { registerTuningRoutes } from './tuning.ts';

/** Every API of the emulator, one module each. */
const APIS: readonly RegisterRoutes[] = [
  registerChatV3Routes,
  registerChatV1Routes,
  registerCompletionRoutes,
  registerOpenAiRoutes,
  registerTokenizeRoutes,
  registerSlidingWindowRoutes,
  registerEmbeddingRoutes,
  registerSummaryRoutes,
  registerSegmentationRoutes,
  registerRerankerRoutes,
  registerRagReasoningRoutes,
  registerRouterRoutes,
  registerSkillsetRoutes,
  registerTuningRoutes,
];

/**
 * Registers every API on `app`, at unprefixed paths without a trailing slash (the app strips
 * `/testapp`, `/serviceapp` and trailing slashes first).
 */
export function registerRoutes(app: Hono<EmulatorEnv>, ctx: EmulatorContext): void {
  for (const register of APIS) register(app, ctx);
}
