import type { EmulatorClock } from '../context.js';
import type { TuningTaskRecord, TuningTaskView } from './tuning-task.js';
import { viewTuningTask } from './tuning-task.js';

/** Mutable state of the tool endpoints (tuning tasks), owned by one running emulator. */
export interface ToolsState {
  /** Tuning tasks by id, in creation order. */
  tuningTasks: Map<string, TuningTaskRecord>;
  /** Counter mixed into new task ids. */
  taskSeq: number;
  /** The emulator clock, so task views can be computed without passing it (wall clock when unset). */
  clock: EmulatorClock | undefined;
}

/** A fresh, empty tools state on `clock` (default: the wall clock). */
export function createToolsState(clock?: EmulatorClock): ToolsState {
  return { tuningTasks: new Map(), taskSeq: 0, clock };
}

/** Empties `state` (deletes every tuning task); the bound clock stays. */
export function resetToolsState(state: ToolsState): void {
  state.tuningTasks.clear();
  state.taskSeq = 0;
}

/** The emulator time of `state` (its bound clock, else the wall clock). */
export function stateNow(state: ToolsState): number {
  return state.clock ? state.clock.now() : Date.now();
}

/**
 * Every tuning task as the API shows it at emulator time `now` (default: the bound clock),
 * newest first (the order of the list endpoint).
 */
export function listTuningTasks(state: ToolsState, now = stateNow(state)): TuningTaskView[] {
  return [...state.tuningTasks.values()].reverse().map((task) => viewTuningTask(task, now));
}
