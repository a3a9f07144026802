#!/usr/bin/env node
/**
 * `clova-studio-emulator [--port 8080] [--config emulator.json] [--quiet]`: starts the emulator,
 * prints its URL and a ready-to-use API key, and logs one line per request.
 */
import { parseArgs } from 'node:util';
import { loadConfigFile } from './config-file.js';
import type { EmulatorOptions } from './options.js';
import { startEmulator } from './start-emulator.js';

const USAGE = `Usage: clova-studio-emulator [--port <n>] [--config <file.json>] [--time-scale <n>] [--quiet]

  --port        port on 127.0.0.1 (default 8080; 0 picks a free port)
  --time-scale  run the emulator clock n times as fast as real time (tuning, rate-limit windows)
  --config  JSON config file (keys, latency, rate limits, scripts, faults, routers, skillsets)
  --quiet   no request log`;

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      port: { type: 'string', short: 'p' },
      config: { type: 'string', short: 'c' },
      quiet: { type: 'boolean', short: 'q' },
      'time-scale': { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    console.log(USAGE);
    return;
  }
  const options: EmulatorOptions = values.config ? await loadConfigFile(values.config) : {};
  if (values.port !== undefined) {
    const port = Number(values.port);
    if (!Number.isInteger(port) || port < 0 || port > 65535)
      throw new Error(`Invalid --port: ${values.port}`);
    options.port = port;
  } else options.port ??= 8080;
  if (values['time-scale'] !== undefined) {
    const scale = Number(values['time-scale']);
    if (!Number.isFinite(scale) || scale <= 0)
      throw new Error(`Invalid --time-scale: ${values['time-scale']} (a number > 0)`);
    options.timeScale = scale;
  }
  options.log = values.quiet ? false : (options.log ?? true);
  // nothing reads the in-memory request list of a CLI server
  options.recordRequests ??= 0;
  const emulator = await startEmulator(options);
  console.log(`CLOVA Studio emulator listening on ${emulator.url}`);
  console.log(`API key: ${emulator.apiKey}`);
  console.log(`OpenAI-compatible base URL: ${emulator.url}/v1/openai`);
  const stop = () => {
    void emulator.close().then(() => process.exit(0));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  console.error(USAGE);
  process.exit(1);
});
