/** Public surface of the emulator's tool endpoints (used by the app and its tests). */
export { cosine, embedText } from './embedding-vector.js';
export type {
  ResolvedToolsOptions,
  RouterConfig,
  RouterLabel,
  SkillConfig,
  SkillsetConfig,
  ToolsOptions,
} from './options.js';
export {
  DEFAULT_ROUTERS,
  DEFAULT_SKILLSETS,
  resolveToolsOptions,
  toolsOptionsSchema,
} from './options.js';
export { EMBEDDING_DIMENSION, EMBEDDING_TOKEN_LIMITS } from './routes/embedding.js';
export { registerToolRoutes } from './routes.js';
export type { ToolsState } from './state.js';
export { createToolsState, listTuningTasks, resetToolsState } from './state.js';
export { findSucceededTask, getTuningTask } from './tuning-store.js';
export type { TuningStatus, TuningStatusInfo, TuningTaskView } from './tuning-task.js';
