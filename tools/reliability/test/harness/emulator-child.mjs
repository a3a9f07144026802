// The emulator in a child process (see emulator.ts): argv[2] is its options as JSON; sends
// `{ url, apiKey }` to the parent once it listens, and closes on SIGTERM.
import { startEmulator } from '@clova-studio/emulator';

const emulator = await startEmulator(JSON.parse(process.argv[2] ?? '{}'));
process.send({ url: emulator.url, apiKey: emulator.apiKey });
process.once('SIGTERM', () => {
  void emulator.close().then(() => process.exit(0));
});
process.once('disconnect', () => {
  void emulator.close().then(() => process.exit(0));
});
