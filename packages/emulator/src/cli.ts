#!/usr/bin/env node
/**
 * `clova-studio-emulator` (run it with `npx @clova-studio/emulator`): starts the emulator, prints
 * the `export` lines that point a client at it, and logs one line per request. A mistake in the
 * arguments prints the usage; a failure at run time (a busy port) prints the error alone. Both
 * exit with code 1.
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { loadConfigFile } from './config-file.ts';
import type { EmulatorOptions } from './options.ts';
import { startEmulator } from './start-emulator.ts';

const USAGE = `Usage: npx @clova-studio/emulator [options]

Starts a local CLOVA Studio-compatible server and prints the export lines that point a client at it.

Options:
  -p, --port <n>        port to listen on (default 8080; 0 picks a free port)
      --host <address>  address to listen on (default 127.0.0.1; 0.0.0.0 for every interface)
      --api-key <key>   the one accepted API key (default: $CLOVA_STUDIO_API_KEY, else a new nv-… key)
      --seed <n>        seed of requests that send none: the same request gets the same answer
      --time-scale <n>  run the emulator clock n times as fast as real time (tuning, rate-limit windows)
      --no-rate-limits  no requests-per-minute or tokens-per-minute limits
  -c, --config <file>   JSON config file (keys, latency, rate limits, scripts, faults, routers, skillsets)
  -q, --quiet           no request log
  -v, --version         print the version and exit
  -h, --help            print this help and exit`;

/** A mistake in the command line: reported with the usage. */
class UsageError extends Error {}

function version(): string {
  const file = new URL('../package.json', import.meta.url);
  return (JSON.parse(readFileSync(file, 'utf8')) as { version: string }).version;
}

function numberArg(name: string, value: string, valid: (n: number) => boolean): number {
  const n = Number(value);
  if (value.trim() === '' || !valid(n)) throw new UsageError(`Invalid --${name}: ${value}`);
  return n;
}

function parse() {
  try {
    return parseArgs({
      options: {
        port: { type: 'string', short: 'p' },
        host: { type: 'string' },
        'api-key': { type: 'string' },
        seed: { type: 'string' },
        'time-scale': { type: 'string' },
        'no-rate-limits': { type: 'boolean' },
        config: { type: 'string', short: 'c' },
        quiet: { type: 'boolean', short: 'q' },
        version: { type: 'boolean', short: 'v' },
        help: { type: 'boolean', short: 'h' },
      },
    }).values;
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
}

/** Single-quotes `value` for a POSIX shell when it holds anything but safe characters. */
function shellWord(value: string): string {
  return /^[\w@%+=:,./-]+$/.test(value) ? value : `'${value.replaceAll("'", `'\\''`)}'`;
}

async function main(): Promise<void> {
  const values = parse();
  if (values.help) return void console.log(USAGE);
  if (values.version) return void console.log(version());
  const options: EmulatorOptions = values.config ? await loadConfigFile(values.config) : {};
  const port = values.port ?? (options.port === undefined ? '8080' : String(options.port));
  options.port = numberArg('port', port, (n) => Number.isInteger(n) && n >= 0 && n <= 65535);
  if (values.host !== undefined) options.host = values.host;
  const envKey = process.env.CLOVA_STUDIO_API_KEY?.trim() || undefined;
  const fixedKey = values['api-key'] ?? (options.apiKeys?.length ? undefined : envKey);
  if (fixedKey !== undefined) {
    if (fixedKey.trim() === '') throw new UsageError('Invalid --api-key: empty');
    options.apiKeys = [fixedKey];
  }
  if (values.seed !== undefined)
    options.seed = numberArg(
      'seed',
      values.seed,
      (n) => Number.isInteger(n) && n >= 1 && n <= 4294967295,
    );
  if (values['time-scale'] !== undefined)
    options.timeScale = numberArg(
      'time-scale',
      values['time-scale'],
      (n) => Number.isFinite(n) && n > 0,
    );
  if (values['no-rate-limits']) options.rateLimits = false;
  options.log = values.quiet ? false : (options.log ?? true);
  // nothing reads the in-memory request list of a CLI server
  options.recordRequests ??= 0;

  const emulator = await startEmulator(options);
  // a key taken from the environment is not echoed: the line refers to the variable instead
  const keyWord =
    fixedKey !== undefined && fixedKey === envKey && values['api-key'] === undefined
      ? '"$CLOVA_STUDIO_API_KEY"'
      : shellWord(emulator.apiKey);
  console.log(`CLOVA Studio emulator listening on ${emulator.url}`);
  console.log('Point a client at it (paste into your shell):');
  console.log(`  export CLOVA_STUDIO_BASE_URL=${emulator.url} CLOVA_STUDIO_API_KEY=${keyWord}`);
  console.log(`OpenAI-compatible base URL: ${emulator.url}/v1/openai`);
  if (keyWord === shellWord(emulator.apiKey)) console.log(`API key: ${emulator.apiKey}`);
  const stop = () => {
    void emulator.close().then(() => process.exit(0));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((error: unknown) => {
  const message = error instanceof Error ? error.message : String(error);
  if ((error as { code?: unknown }).code === 'EADDRINUSE')
    console.error(`${message}: that port is busy; pick another with --port (0 picks a free one)`);
  else console.error(message);
  if (error instanceof UsageError) console.error(`\n${USAGE}`);
  process.exit(1);
});
