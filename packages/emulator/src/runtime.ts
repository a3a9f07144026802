import type { EmulatorClock } from './context.js';
import type { ScriptRule } from './engine/script.js';
import type { ToolsState } from './tools/state.js';

/** What the emulator's own routes share: resolved options and the clock. */
export interface EmulatorRuntime {
  clock: EmulatorClock;
  scripts: readonly ScriptRule[];
  latency: { firstTokenMs: number; perTokenMs: number };
  /** The tool endpoints' state (tuned tasks created through the tuning API). */
  toolsState: ToolsState;
}
