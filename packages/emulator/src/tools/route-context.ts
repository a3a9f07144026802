import type { Hono } from 'hono';
import type { EmulatorClock, EmulatorEnv } from '../context.js';
import type { ResolvedToolsOptions } from './options.js';
import type { ToolsState } from './state.js';

/** What each tool route module receives: resolved options, the shared state and the clock. */
export interface ToolsRouteContext {
  options: ResolvedToolsOptions;
  state: ToolsState;
  clock: EmulatorClock;
}

/** The shape of every `routes/*.ts` registration function. */
export type RegisterToolRoute = (app: Hono<EmulatorEnv>, ctx: ToolsRouteContext) => void;
