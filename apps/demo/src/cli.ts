#!/usr/bin/env -S node --experimental-strip-types --no-warnings=ExperimentalWarning
import { main } from './main.ts';
import { createTerminal } from './ui/terminal.ts';

process.exitCode = await main(process.argv.slice(2), {
  stdout: createTerminal(process.stdout),
  stderr: createTerminal(process.stderr),
});
