import type { ClovaStudio } from '@clova-studio/apis';
import type { Target } from './target.ts';
import type { ProgressBar, ProgressBarOptions } from './ui/progress-bar.ts';
import type { Terminal } from './ui/terminal.ts';

/** What a scenario hands back: a one-line summary for humans and data for tests and `--json`. */
export interface ScenarioResult<Data = unknown> {
  /** One line describing what happened, e.g. `3 turns, 214 tokens`. */
  readonly summary: string;
  /** The facts the scenario established, small and JSON-serialisable (no vectors, no raw bodies). */
  readonly data: Data;
}

/** Everything a scenario may use: the client, the target it talks to, and the terminal. */
export interface ScenarioContext {
  /** A ready client, pointed at the emulator or at the real service. */
  readonly client: ClovaStudio;
  /** Which service the client talks to, and the ids it was configured with. */
  readonly target: Target;
  /** Where to write; text written here is indented under the scenario's heading. */
  readonly terminal: Terminal;
  /** Prints narration, every line indented under the heading. */
  say(text: string): void;
  /** Creates a single-line progress bar on the terminal. */
  progress(options: ProgressBarOptions): ProgressBar;
  /** Stops the scenario and reports it as skipped, with the reason. */
  skip(reason: string): never;
}

/** One runnable walk-through of one CLOVA Studio API. */
export interface Scenario<Data = unknown> {
  /** Short kebab-case name used on the command line, e.g. `chat-stream`. */
  readonly name: string;
  /** What it shows, in a few words. */
  readonly title: string;
  /** The main HTTP endpoint it exercises, e.g. `POST /v3/chat-completions/{model}`. */
  readonly endpoint: string;
  /** Runs the scenario; throws on failure (a CLOVA `APIError` is reported with its code). */
  run(context: ScenarioContext): Promise<ScenarioResult<Data>>;
}

/** Thrown by {@link ScenarioContext.skip}; the runner reports the scenario as skipped. */
export class ScenarioSkipped extends Error {
  override readonly name = 'ScenarioSkipped';
}

/** Thrown when a scenario's own check on the outcome fails (an expected, explained failure). */
export class ScenarioCheckFailed extends Error {
  override readonly name = 'ScenarioCheckFailed';
}

/** Asserts something a scenario relies on; fails the scenario with `message` otherwise. */
export function check(condition: unknown, message: string): asserts condition {
  if (!condition) throw new ScenarioCheckFailed(message);
}

/** Declares a scenario with its data type inferred from `run` (an identity helper for typing). */
export function defineScenario<Data>(scenario: Scenario<Data>): Scenario<Data> {
  return scenario;
}
