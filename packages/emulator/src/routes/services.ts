import type { Hono } from 'hono';
import type { EmulatorClock, EmulatorEnv } from '../context.js';
import type { ToolsOptions } from '../services/options.js';
import { resolveToolsOptions } from '../services/options.js';
import type { ToolsState } from '../services/state.js';
import { registerEmbeddingRoutes } from './embedding.js';
import { registerRagReasoningRoutes } from './rag-reasoning.js';
import { registerRerankerRoutes } from './reranker.js';
import type { RegisterToolRoute, ToolsRouteContext } from './route-context.js';
import { registerRouterRoutes } from './router.js';
import { registerSegmentationRoutes } from './segmentation.js';
import { registerSkillsetRoutes } from './skillset.js';
import { registerSummaryRoutes } from './summary.js';
import { registerTuningRoutes } from './tuning.js';

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
