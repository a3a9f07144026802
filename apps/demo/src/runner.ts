import { performance } from 'node:perf_hooks';
import { type ErrorReport, formatErrorReport, toErrorReport } from './error-report.ts';
import { type Scenario, type ScenarioContext, ScenarioSkipped } from './scenario.ts';
import type { Target } from './target.ts';
import { createProgressBar } from './ui/progress-bar.ts';
import { renderTable } from './ui/table.ts';
import type { Terminal } from './ui/terminal.ts';

/** How one scenario ended. */
export type ScenarioStatus = 'passed' | 'failed' | 'skipped';

/** The outcome of one scenario, as shown in the table and printed by `--json`. */
export interface ScenarioOutcome {
  readonly name: string;
  readonly title: string;
  readonly endpoint: string;
  readonly status: ScenarioStatus;
  /** Wall time of `run`, in milliseconds. */
  readonly durationMs: number;
  /** The scenario's one-line summary (passed only). */
  readonly summary?: string;
  /** The scenario's data (passed only). */
  readonly data?: unknown;
  /** Why it was skipped. */
  readonly skipReason?: string;
  /** Why it failed. */
  readonly error?: ErrorReport;
}

/** The result of a whole run. */
export interface RunReport {
  /** What the scenarios talked to (never the API key). */
  readonly target: { readonly kind: Target['kind']; readonly baseURL: string };
  readonly outcomes: readonly ScenarioOutcome[];
  readonly passed: number;
  readonly failed: number;
  readonly skipped: number;
  /** `true` when nothing failed. */
  readonly ok: boolean;
}

/** Options of {@link runScenarios}. */
export interface RunOptions {
  /** The service to talk to. */
  readonly target: Target;
  /** Where scenarios narrate. */
  readonly terminal: Terminal;
}

/** Runs scenarios one after the other, timing each and catching its failure. */
export async function runScenarios(
  scenarios: readonly Scenario[],
  options: RunOptions,
): Promise<RunReport> {
  const outcomes: ScenarioOutcome[] = [];
  for (const scenario of scenarios) {
    outcomes.push(await runScenario(scenario, options));
  }
  const count = (status: ScenarioStatus) => outcomes.filter((o) => o.status === status).length;
  const failed = count('failed');
  return {
    target: { kind: options.target.kind, baseURL: options.target.baseURL },
    outcomes,
    passed: count('passed'),
    failed,
    skipped: count('skipped'),
    ok: failed === 0,
  };
}

/** Runs one scenario and reports how it went, printing a heading and a closing line. */
export async function runScenario(
  scenario: Scenario,
  options: RunOptions,
): Promise<ScenarioOutcome> {
  const { target, terminal } = options;
  const { colors } = terminal;
  terminal.line();
  terminal.line(`${colors.bold(colors.magenta(`▶ ${scenario.name}`))}  ${scenario.title}`);
  terminal.line(`  ${colors.dim(scenario.endpoint)}`);

  const context: ScenarioContext = {
    client: target.client,
    target,
    terminal,
    say: (text) => {
      for (const line of text.split('\n')) terminal.line(`  ${line}`);
    },
    progress: (bar) => createProgressBar(terminal, bar),
    skip: (reason) => {
      throw new ScenarioSkipped(reason);
    },
  };
  const base = { name: scenario.name, title: scenario.title, endpoint: scenario.endpoint };
  const started = performance.now();
  const elapsed = () => Math.round(performance.now() - started);
  try {
    const result = await scenario.run(context);
    const durationMs = elapsed();
    terminal.line(`  ${colors.green('✔')} ${result.summary} ${colors.dim(`(${durationMs} ms)`)}`);
    return {
      ...base,
      status: 'passed',
      durationMs,
      summary: result.summary,
      data: result.data,
    };
  } catch (error) {
    const durationMs = elapsed();
    if (error instanceof ScenarioSkipped) {
      terminal.line(`  ${colors.yellow('–')} skipped: ${error.message}`);
      return { ...base, status: 'skipped', durationMs, skipReason: error.message };
    }
    const report = toErrorReport(error);
    terminal.line(`  ${colors.red('✖')} ${formatErrorReport(report, colors)}`);
    return { ...base, status: 'failed', durationMs, error: report };
  }
}

/** The closing table: scenario, endpoint, result, time; then a one-line total. */
export function renderReport(report: RunReport, terminal: Terminal): string {
  const { colors } = terminal;
  const result = (outcome: ScenarioOutcome): string => {
    if (outcome.status === 'passed') return colors.green('✔ passed');
    if (outcome.status === 'skipped') return colors.yellow('– skipped');
    const code = outcome.error?.code;
    return colors.red(`✖ failed${code ? ` (${code})` : ''}`);
  };
  const table = renderTable({
    headers: ['scenario', 'endpoint', 'result', 'time'],
    rows: report.outcomes.map((outcome) => [
      outcome.name,
      colors.dim(outcome.endpoint),
      result(outcome),
      `${(outcome.durationMs / 1000).toFixed(2)} s`,
    ]),
    headerStyle: colors.bold,
    alignRight: [3],
  });
  const totals = [
    colors.green(`${report.passed} passed`),
    report.failed > 0 ? colors.red(`${report.failed} failed`) : `${report.failed} failed`,
    `${report.skipped} skipped`,
  ].join(', ');
  return `${table}\n\n${totals}`;
}
