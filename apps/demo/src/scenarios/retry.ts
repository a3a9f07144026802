import { FAULT_HEADER } from '@clova-studio/emulator';
import { defineScenario } from '../scenario.ts';
import { createTerminalLogger } from '../ui/terminal-logger.ts';

/** The emulator's per-request fault header: the first attempt with this request id gets a 429. */
const FAULT = 'status=429; code=42901; retry-after=1; times=1';

/**
 * Retries: the first attempt is answered `429 42901` with `Retry-After: 1`; the client waits and
 * retries with the same request id, and the call succeeds. The SDK's own log shows it happen.
 * The fault is injected by the emulator, so this scenario is skipped against the real service.
 */
export const retry = defineScenario({
  name: 'retry',
  title: 'A 429 is retried and the call succeeds (shown in the log)',
  endpoint: 'POST /v3/chat-completions/HCX-DASH-002 (429, then 200)',
  async run({ target, say, skip, terminal }) {
    const { emulator } = target;
    if (!emulator)
      return skip(
        'the real service cannot be asked for a 429; this needs the emulator’s fault injection',
      );

    const logger = createTerminalLogger(terminal);
    const client = target.createClient({ logger, logLevel: 'debug', maxRetries: 2 });

    const { data: completion, requestId } = await client.chat
      .create(
        { model: 'HCX-DASH-002', messages: [{ role: 'user', content: 'Say hi.' }], maxTokens: 50 },
        { headers: { [FAULT_HEADER]: FAULT } },
      )
      .withResponse();
    say(`answer after the retry: ${completion.message.content}`);

    const attempts = emulator.requests
      .filter((r) => r.requestId === requestId)
      .map((r) => ({ status: r.status, code: r.code }));
    const retried = logger.lines.some((line) => line.message.startsWith('retrying'));
    const statuses = attempts.map((a) => a.status).join(' → ');

    return {
      summary: `attempts ${statuses} with one request id, retry logged: ${retried}`,
      data: { requestId, attempts, retryLogged: retried, log: logger.lines.map((l) => l.message) },
    };
  },
});
