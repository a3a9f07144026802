/**
 * `@clova-studio/emulator`: a local CLOVA Studio-compatible HTTP server for offline tests and
 * development. Start it with {@link startEmulator} or the `clova-studio-emulator` CLI.
 */
export { type AppConfig, createApp, type EmulatorApp } from './app.ts';
export type { EmulatorClock, EmulatorEnv, RecordedRequest, StreamFault } from './context.ts';
export type { ScriptReply, ScriptRule } from './engine/script.ts';
export { generateApiKey } from './http/api-key.ts';
export { ClovaError } from './http/clova-error.ts';
export { FAULT_HEADER, type Fault, type FaultRule } from './http/faults.ts';
export type { RateLimit, RateLimitOptions } from './http/rate-limit.ts';
export { STATUS_CODES } from './http/status-codes.ts';
export { type EmulatorOptions, emulatorOptionsSchema, type RunningEmulator } from './options.ts';
export type { RouterConfig, ServicesOptions, SkillsetConfig } from './services/options.ts';
export type { TuningStatus, TuningStatusInfo, TuningTaskView } from './services/tuning-task.ts';
export { startEmulator } from './start-emulator.ts';
export { countTokens, tokenize } from './text/tokenizer.ts';
