// The soak through @clova-studio/langchain: ChatClovaX `invoke` and `stream` under random faults.
// LangChain's caller does the retrying (one retry here); the errors keep their apis classes, and
// an abort becomes LangChain's ModelAbortError. LangChain retries a 429 only when it carries
// `Retry-After`; the adapter puts the delay core read (`retry-after-ms`, a rate-limit reset) there,
// so a 429 with any hint is retried, and one with none is surfaced at once as rate-limit capacity:
// those end with the RateLimitError here.
import { APIUserAbortError, RateLimitError } from '@clova-studio/apis';
import { ChatClovaX } from '@clova-studio/langchain';
import { ModelAbortError } from '@langchain/core/errors';
import { faultFetch, withFault } from './harness/fault-fetch.ts';
import { SOAK_TIMEOUT_MS } from './harness/soak.ts';
import { soakSuite } from './harness/soak-suite.ts';

const text = (content: unknown) =>
  typeof content === 'string' ? content : JSON.stringify(content);

soakSuite('soak through langchain (ChatClovaX invoke + stream)', 'soak-langchain', (emu) => {
  const model = new ChatClovaX({
    apiKey: emu.apiKey,
    baseURL: emu.url,
    model: 'HCX-005',
    seed: 7,
    maxRetries: 1,
    timeout: SOAK_TIMEOUT_MS,
    logLevel: 'off',
    fetch: faultFetch,
  });
  return {
    ops: ['invoke', 'stream'],
    isStream: (op) => op === 'stream',
    call: (op, prompt, fault, signal) =>
      withFault(fault, async () => {
        if (op === 'invoke') return text((await model.invoke(prompt, { signal })).content);
        let deltas = '';
        for await (const chunk of await model.stream(prompt, { signal })) {
          deltas += text(chunk.content);
        }
        return deltas;
      }),
    expectedError: (fault) =>
      /status=429/.test(fault.header) && !/retry-after/.test(fault.header)
        ? RateLimitError
        : fault.error,
    accepts: (error, fault) =>
      fault.error === APIUserAbortError
        ? error instanceof ModelAbortError || (error as Error).name === 'AbortError'
        : fault.error !== undefined && error instanceof fault.error,
  };
});
