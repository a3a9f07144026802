import type { Hono } from 'hono';
import type { EmulatorClock, EmulatorEnv } from '../context.js';
import type { ResolvedToolsOptions } from '../services/options.js';
import type { ToolsState } from '../services/state.js';

/** What each tool route module receives: resolved options, the shared state and the clock. */
export interface ToolsRouteContext {
  /** Routers, skillsets and tuning timings, defaults filled in. */
  options: ResolvedToolsOptions;
  /** Tuning tasks of this emulator. */
  state: ToolsState;
  /** The emulator clock. */
  clock: EmulatorClock;
}

/** The shape of every `routes/*.ts` registration function. */
export type RegisterToolRoute = (app: Hono<EmulatorEnv>, ctx: ToolsRouteContext) => void;
