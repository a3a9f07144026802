// The emulator in its own process, so the parent's CPU time is the clients' alone.
import { startEmulator } from '@clova-studio/emulator';

const emu = await startEmulator({ rateLimits: false });
process.send({ url: emu.url, apiKey: emu.apiKey });
