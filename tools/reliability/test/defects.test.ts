// Regression tests of the client defects the campaign found. Each runs as `it.fails` while the
// defect is there (so the test command stays green and the defect stays visible); when a fix
// lands the test fails: turn it into `it` and delete its entries in harness/known-defects.ts.
import { randomUUID } from 'node:crypto';
import { ClovaStudioError } from '@clova-studio/apis';
import { beforeAll, describe, expect, it } from 'vitest';
import { callRoute } from './harness/calls.ts';
import { clientFor, FAULT_HEADER, useEmulator } from './harness/emulator.ts';
import { rawServer, sendJSON } from './harness/raw-server.ts';

const env = useEmulator();
beforeAll(() => env.ready);

/** The error `run` rejects with. */
async function caught(run: () => Promise<unknown>): Promise<ClovaStudioError> {
  try {
    await run();
  } catch (error) {
    expect(error).toBeInstanceOf(ClovaStudioError);
    return error as ClovaStudioError;
  }
  throw new Error('expected a rejection');
}

describe('R1 (fixed): an in-stream error on /v1/openai carries the request id', () => {
  // Found on the first campaign: parseOpenAIChatChunk threw makeAPIError({ status, body }) without
  // the stream's requestId. Core now types `{error}` chunks beside `{status}` ones, with the id.
  it('the APIError of an `{error}` chunk has the request id of the stream', async () => {
    const requestId = randomUUID();
    const error = await caught(() =>
      callRoute(clientFor(env.emu, { maxRetries: 0 }), 'openai.stream', 'hello', {
        requestId,
        headers: { [FAULT_HEADER]: 'error-after=1; code=50000' },
      }),
    );
    expect(error.requestId).toBe(requestId);
  });
});

describe('R2 (fixed): a response that fails to parse gives an error with the request id', () => {
  // parse-response.ts threw new ClovaStudioError(message) with no requestId, and for a stream event
  // whose data is not JSON the message said "at (request)". Core's APIPromise and the apis stream
  // now stamp the call's request id on such errors (withRequestId), and the message says what failed.
  it('a 200 whose result lacks `message` names the field and the request id', async () => {
    const server = await rawServer(env.emu, ({ res }) =>
      sendJSON(res, 200, { status: { code: '20000', message: 'OK' }, result: {} }),
    );
    try {
      const requestId = randomUUID();
      const error = await caught(() =>
        callRoute(clientFor(server, { maxRetries: 0 }), 'v3.create', 'hello', { requestId }),
      );
      expect(error.message).toContain('message');
      expect(error.requestId).toBe(requestId);
    } finally {
      await server.close();
    }
  });

  it('a stream event whose data is not JSON says so, with the request id', async () => {
    const server = await rawServer(env.emu, (c) =>
      c.pass({ events: 1, append: 'id:x\nevent:token\ndata:{"message":\n\n' }),
    );
    try {
      const requestId = randomUUID();
      const error = await caught(() =>
        callRoute(clientFor(server, { maxRetries: 0 }), 'v3.stream', 'hello', { requestId }),
      );
      expect(error.message).not.toContain('(request)');
      expect(error.requestId).toBe(requestId);
    } finally {
      await server.close();
    }
  });
});
