/**
 * `@clova-studio/emulator`: a local CLOVA Studio-compatible HTTP server for offline tests and
 * development. Start it with {@link startEmulator} or the `clova-studio-emulator` CLI.
 */
export { type AppConfig, createApp, type EmulatorApp } from './app.js';
export type { EmulatorClock, EmulatorEnv, RecordedRequest, StreamFault } from './context.js';
export type { ScriptReply, ScriptRule } from './engine/script.js';
export { generateApiKey } from './http/api-key.js';
export { ClovaError } from './http/clova-error.js';
export { FAULT_HEADER, type Fault, type FaultRule } from './http/faults.js';
export type { RateLimit, RateLimitOptions } from './http/rate-limit.js';
export { STATUS_CODES } from './http/status-codes.js';
export { type EmulatorOptions, emulatorOptionsSchema, type RunningEmulator } from './options.js';
export type { RouterConfig, ServicesOptions, SkillsetConfig } from './services/options.js';
export type { TuningStatus, TuningStatusInfo, TuningTaskView } from './services/tuning-task.js';
export { startEmulator } from './start-emulator.js';
export { countTokens, tokenize } from './text/tokenizer.js';
