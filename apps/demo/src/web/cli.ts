#!/usr/bin/env -S node --experimental-strip-types --no-warnings=ExperimentalWarning
/**
 * `demo:web`: the chat page on 127.0.0.1 (port from `PORT`, else a free one), against an
 * in-process emulator by default and the real service when `CLOVA_STUDIO_API_KEY` is set.
 */
import { openTarget } from '../target.ts';
import { chatEngines } from './engines/index.ts';
import { parsePort } from './port.ts';
import { startChatServer } from './server.ts';

const port = parsePort(process.env.PORT);
if (port instanceof Error) {
  console.error(`error: ${port.message}`);
  process.exit(2);
}
const target = await openTarget({ env: process.env });
const server = await startChatServer({ target, engines: chatEngines, port });
const where =
  target.kind === 'emulator'
    ? `the in-process emulator at ${target.baseURL} (offline; set CLOVA_STUDIO_API_KEY for the real service)`
    : `the real CLOVA Studio service at ${target.baseURL} (calls are billed)`;
console.log(`CLOVA Studio chat: ${server.url}\nTalking to ${where}. Ctrl+C stops it.`);

let stopping = false;
const stop = async () => {
  if (stopping) return;
  stopping = true;
  await server.close();
  await target.close();
  process.exit(0);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
