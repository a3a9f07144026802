import type { EmulatorClock } from './context.js';
import type { ScriptRule } from './engine/script.js';
import type { ToolsState } from './services/state.js';

/** What the emulator's own routes share: resolved options and the clock. */
export interface EmulatorRuntime {
  /** The emulator clock. */
  clock: EmulatorClock;
  /** Scripted replies, matched against the last user message. */
  scripts: readonly ScriptRule[];
  /** Streaming latency; non-streaming replies wait as long as the stream would take. */
  latency: { firstTokenMs: number; perTokenMs: number };
  /** The tool endpoints' state (tuned tasks created through the tuning API). */
  toolsState: ToolsState;
}
