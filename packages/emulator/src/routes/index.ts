import type { Hono } from 'hono';
import type { EmulatorContext, EmulatorEnv, RegisterRoutes } from '../context.js';
import { registerChatV1Routes } from './chat-v1.js';
import { registerChatV3Routes } from './chat-v3.js';
import { registerCompletionRoutes } from './completions.js';
import { registerEmbeddingRoutes } from './embedding.js';
import { registerOpenAiRoutes } from './openai.js';
import { registerRagReasoningRoutes } from './rag-reasoning.js';
import { registerRerankerRoutes } from './reranker.js';
import { registerRouterRoutes } from './router.js';
import { registerSegmentationRoutes } from './segmentation.js';
import { registerSkillsetRoutes } from './skillset.js';
import { registerSlidingWindowRoutes } from './sliding-window.js';
import { registerSummaryRoutes } from './summary.js';
import { registerTokenizeRoutes } from './tokenize.js';
import { registerTuningRoutes } from './tuning.js';

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
