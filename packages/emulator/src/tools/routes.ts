import type { Hono } from 'hono';
import type { EmulatorClock, EmulatorEnv } from '../context.js';
import type { ToolsOptions } from './options.js';
import { resolveToolsOptions } from './options.js';
import type { RegisterToolRoute, ToolsRouteContext } from './route-context.js';
import { registerEmbeddingRoutes } from './routes/embedding.js';
import { registerRagReasoningRoutes } from './routes/rag-reasoning.js';
import { registerRerankerRoutes } from './routes/reranker.js';
import { registerRouterRoutes } from './routes/router.js';
import { registerSegmentationRoutes } from './routes/segmentation.js';
import { registerSkillsetRoutes } from './routes/skillset.js';
import { registerSummaryRoutes } from './routes/summary.js';
import { registerTuningRoutes } from './routes/tuning.js';
import type { ToolsState } from './state.js';

const ROUTES: RegisterToolRoute[] = [
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
 * Registers every tool endpoint (embedding v1/v2, summary, segmentation, reranker, RAG reasoning,
 * router, skillset, tuning) on `app`, at unprefixed paths without a trailing slash (the app
 * strips `/testapp`, `/serviceapp` and trailing slashes first).
 */
export function registerToolRoutes(
  app: Hono<EmulatorEnv>,
  ctx: { options: ToolsOptions; state: ToolsState; clock: EmulatorClock },
): void {
  const routeContext: ToolsRouteContext = {
    options: resolveToolsOptions(ctx.options),
    state: ctx.state,
    clock: ctx.clock,
  };
  for (const register of ROUTES) register(app, routeContext);
}
