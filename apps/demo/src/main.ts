import { parseArgs } from 'node:util';
import { renderReport, runScenarios } from './runner.ts';
import type { Scenario } from './scenario.ts';
import { scenarios as allScenarios } from './scenarios/index.ts';
import { openTarget, type Target } from './target.ts';
import { renderTable } from './ui/table.ts';
import type { Terminal } from './ui/terminal.ts';

/** What {@link main} needs from the outside world (injectable for tests). */
export interface MainIO {
  /** Results: the table, the `--list` output, or the `--json` document. */
  readonly stdout: Terminal;
  /** Narration when `--json` owns stdout, and error messages. */
  readonly stderr: Terminal;
  /** Environment (default `process.env`): `CLOVA_STUDIO_API_KEY` switches to the real service. */
  readonly env?: NodeJS.ProcessEnv;
  /** Scenarios to choose from (default: all of them, in order). */
  readonly scenarios?: readonly Scenario[];
  /** Opens the target (default {@link openTarget}); tests pass one that reuses an emulator. */
  readonly openTarget?: () => Promise<Target>;
}

const USAGE = `Usage: demo [options] [scenario…]

Runs CLOVA Studio scenarios: against an in-process emulator by default,
against the real service when CLOVA_STUDIO_API_KEY is set.

Options:
  --list     list the scenarios and exit
  --json     print machine-readable results on stdout (narration goes to stderr)
  --help     show this help

Exit code: 0 when nothing failed, 1 when a scenario failed, 2 on bad usage.`;

/**
 * The demo command: parses `argv` (without `node` and the script), runs the chosen scenarios and
 * returns the exit code.
 */
export async function main(argv: readonly string[], io: MainIO): Promise<number> {
  const { stdout, stderr } = io;
  const available = io.scenarios ?? allScenarios;
  let args: ReturnType<typeof parse>;
  try {
    args = parse(argv);
  } catch (error) {
    stderr.line(`${stderr.colors.red('error')}: ${(error as Error).message}\n\n${USAGE}`);
    return 2;
  }
  if (args.values.help) {
    stdout.line(USAGE);
    return 0;
  }

  const unknown = args.positionals.filter((name) => !available.some((s) => s.name === name));
  if (unknown.length > 0) {
    const names = available.map((s) => s.name).join(', ');
    stderr.line(
      `${stderr.colors.red('error')}: unknown scenario ${unknown.map((n) => `"${n}"`).join(', ')}.\nAvailable: ${names}\n(see \`demo --list\`)`,
    );
    return 2;
  }
  const chosen =
    args.positionals.length === 0
      ? available
      : available.filter((s) => args.positionals.includes(s.name));

  const json = args.values.json === true;
  if (args.values.list) {
    printList(chosen, stdout, json);
    return 0;
  }

  const narration = json ? stderr : stdout;
  let target: Target;
  try {
    target = await (io.openTarget ?? (() => openTarget({ env: io.env ?? process.env })))();
  } catch (error) {
    stderr.line(
      `${stderr.colors.red('error')}: could not start the demo target: ${(error as Error).message}`,
    );
    return 1;
  }
  try {
    narration.line(describeTarget(target, narration));
    const report = await runScenarios(chosen, { target, terminal: narration });
    if (json) {
      stdout.line(JSON.stringify(report, null, 2));
    } else {
      stdout.line();
      stdout.line(renderReport(report, stdout));
    }
    return report.ok ? 0 : 1;
  } finally {
    await target.close();
  }
}

function parse(argv: readonly string[]) {
  // `pnpm start -- --list` passes the `--` through: treat a leading one as nothing.
  const args = argv[0] === '--' ? argv.slice(1) : [...argv];
  return parseArgs({
    args,
    allowPositionals: true,
    options: {
      list: { type: 'boolean' },
      json: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
  });
}

function printList(scenarios: readonly Scenario[], stdout: Terminal, json: boolean): void {
  if (json) {
    const list = scenarios.map(({ name, title, endpoint }) => ({ name, title, endpoint }));
    stdout.line(JSON.stringify(list, null, 2));
    return;
  }
  const { colors } = stdout;
  stdout.line(
    renderTable({
      headers: ['scenario', 'what it shows', 'endpoint'],
      rows: scenarios.map((s) => [s.name, s.title, colors.dim(s.endpoint)]),
      headerStyle: colors.bold,
    }),
  );
}

/** The banner line saying which service the demo talks to. */
export function describeTarget(target: Target, terminal: Terminal): string {
  const { colors } = terminal;
  if (target.kind === 'emulator') {
    return `${colors.bold('Target:')} the CLOVA Studio ${colors.cyan('emulator')} at ${target.baseURL} ${colors.dim('(offline, no key; set CLOVA_STUDIO_API_KEY to use the real service)')}`;
  }
  return `${colors.bold('Target:')} the ${colors.yellow('real CLOVA Studio service')} at ${target.baseURL} ${colors.dim('(CLOVA_STUDIO_API_KEY is set; calls are billed)')}`;
}
