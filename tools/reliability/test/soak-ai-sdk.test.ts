// The soak through @clova-studio/ai-sdk-provider: `generateText` and `streamText` of `ai` under
// random faults. `ai` does the retrying (one retry here): a final fault comes back as its
// APICallError (or a RetryError around it), whose `cause` is the apis error; an abort is an
// AbortError. A stream's errors arrive as `error` parts, which the driver throws; a cut stream
// finishes with the AI SDK's own finish reason for it, `interrupted` (the spec's "stream ended
// without a completion signal; output may be incomplete"), which stands for StreamTruncatedError.
import { APICallError } from '@ai-sdk/provider';
import { createClovaStudio } from '@clova-studio/ai-sdk-provider';
import { APIUserAbortError, StreamTruncatedError } from '@clova-studio/apis';
import { generateText, RetryError, streamText } from 'ai';
import { faultFetch, withFault } from './harness/fault-fetch.ts';
import { SOAK_TIMEOUT_MS } from './harness/soak.ts';
import { soakSuite } from './harness/soak-suite.ts';

/** A stream that finished `interrupted`. */
class InterruptedFinish extends Error {
  override name = 'InterruptedFinish';
}

/** The apis error behind what `ai` threw (RetryError → last APICallError → its cause). */
function unwrap(error: unknown): unknown {
  let e = error;
  if (RetryError.isInstance(e)) e = e.lastError;
  if (APICallError.isInstance(e) && e.cause !== undefined) e = e.cause;
  return e;
}

soakSuite('soak through ai-sdk-provider (generateText + streamText)', 'soak-ai-sdk', (emu) => {
  const clova = createClovaStudio({
    apiKey: emu.apiKey,
    baseURL: emu.url,
    timeout: SOAK_TIMEOUT_MS,
    logLevel: 'off',
    fetch: faultFetch,
  });
  return {
    ops: ['generateText', 'streamText'],
    isStream: (op) => op === 'streamText',
    call: (op, prompt, fault, signal) =>
      withFault(fault, async () => {
        const call = {
          model: clova('HCX-005'),
          prompt,
          seed: 7,
          maxRetries: 1,
          ...(signal ? { abortSignal: signal } : {}),
        };
        if (op === 'generateText') return (await generateText(call)).text;
        const result = streamText({ ...call, onError: () => {} });
        let deltas = '';
        for await (const part of result.fullStream) {
          if (part.type === 'text-delta') deltas += part.text;
          else if (part.type === 'error') throw part.error;
          else if (part.type === 'abort') throw new DOMException('aborted', 'AbortError');
          else if (part.type === 'finish' && part.finishReason === 'interrupted') {
            throw new InterruptedFinish(`interrupted after ${JSON.stringify(deltas)}`);
          }
        }
        const final = await result.text;
        if (final !== deltas) throw new Error('streamText: text ≠ concatenated deltas');
        return final;
      }),
    accepts: (error, fault) => {
      const e = unwrap(error);
      if (fault.error === APIUserAbortError) return (e as Error).name === 'AbortError';
      if (fault.error === StreamTruncatedError) return e instanceof InterruptedFinish;
      return fault.error !== undefined && e instanceof fault.error;
    },
  };
});
