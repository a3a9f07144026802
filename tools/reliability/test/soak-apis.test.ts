// The soak through @clova-studio/apis: native v3 and /v1/openai, JSON and streamed, under random
// faults; every call must end with the fault-free answer or exactly the typed error its fault
// implies (see SOAK_FAULTS), and nothing may hang or stay open afterwards.
import { callRoute, isStream, ROUTES, type Route } from './harness/calls.ts';
import { clientFor, FAULT_HEADER } from './harness/emulator.ts';
import { SOAK_TIMEOUT_MS } from './harness/soak.ts';
import { soakSuite } from './harness/soak-suite.ts';

soakSuite('soak through apis (v3 + /v1/openai, create + stream)', 'soak-apis', (emu) => {
  const client = clientFor(emu, {
    timeout: SOAK_TIMEOUT_MS,
    retryBackoff: { initialDelay: 5, maxDelay: 20 },
  });
  return {
    ops: ROUTES,
    isStream: (op) => isStream(op as Route),
    call: (op, prompt, fault, signal) =>
      callRoute(client, op as Route, prompt, {
        ...(fault ? { headers: { [FAULT_HEADER]: fault } } : {}),
        ...(signal ? { signal } : {}),
      }),
    accepts: (error, fault) => fault.error !== undefined && error instanceof fault.error,
  };
});
