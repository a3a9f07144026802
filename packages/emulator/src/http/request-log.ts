import { randomUUID } from 'node:crypto';
import type { MiddlewareHandler } from 'hono';
import type { EmulatorEnv, RecordedRequest } from '../context.ts';
import { recordedBody } from './body.ts';
import { allHeaders, readHeader } from './header.ts';
import { onClientAbort } from './node-bindings.ts';

/** One request-log line: method, path, status, code, request id (sent or generated), duration (never a key). */
export function formatLogLine(r: RecordedRequest, requestId = r.requestId): string {
  return `${r.method} ${r.path} ${r.status} ${r.code || '-'} ${requestId ?? '-'} ${r.durationMs}ms`;
}

async function responseCode(res: Response): Promise<string> {
  if (res.status < 400) return '20000';
  try {
    const body: unknown = await res.clone().json();
    if (body && typeof body === 'object') {
      const envelope = body as { status?: { code?: unknown }; error?: { code?: unknown } };
      const code = envelope.status?.code ?? envelope.error?.code;
      if (typeof code === 'string') return code;
    }
  } catch {
    // not JSON (an HTML fault page)
  }
  return '';
}

/**
 * Sets the request id (from `X-NCP-CLOVASTUDIO-REQUEST-ID` or a new UUID), echoes it in the
 * response, and records every request (`requests`) and logs it (`log`) once it is answered.
 */
export function requestLogMiddleware(
  record: (r: RecordedRequest, bodyBytes: number) => void,
  log: ((line: string) => void) | undefined,
  now: () => number = () => performance.now(),
): MiddlewareHandler<EmulatorEnv> {
  return async (c, next) => {
    const started = now();
    let aborted = false;
    let entry: RecordedRequest | undefined;
    onClientAbort(c, () => {
      aborted = true;
      if (entry) entry.aborted = true;
    });
    const sent = readHeader(c, 'x-ncp-clovastudio-request-id');
    c.set('requestId', sent ?? randomUUID());
    c.set('responseCode', undefined);
    await next();
    const headers = allHeaders(c);
    const { body, bytes } = recordedBody(c.req.raw, c.get('body'));
    entry = {
      method: c.req.method,
      path: c.req.path,
      headers,
      body,
      status: c.res.status,
      code: c.get('responseCode') ?? (await responseCode(c.res)),
      requestId: sent,
      durationMs: Math.round((now() - started) * 100) / 100,
      aborted,
    };
    record(entry, bytes);
    log?.(formatLogLine(entry, c.get('requestId')));
  };
}
