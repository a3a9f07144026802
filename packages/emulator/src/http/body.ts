import type { MiddlewareHandler } from 'hono';
import type { EmulatorEnv } from '../context.js';
import { fail } from './fail.js';
import { readHeader } from './header.js';

/** Largest accepted request body: 50 MB (`413 41300` above it). */
export const MAX_BODY_BYTES = 50 * 1024 * 1024;

const WITH_BODY = new Set(['POST', 'PUT', 'PATCH']);
const RAW_TEXT = new WeakMap<Request, string>();

/** The raw body text of a request whose body was read but was not valid JSON. */
export function rawBodyText(request: Request): string | undefined {
  return RAW_TEXT.get(request);
}

/**
 * The whole body of `request`, read piece by piece so that reading stops at {@link MAX_BODY_BYTES}
 * (`413 41300`) even when no `content-length` announced the size (a chunked upload).
 */
export async function readLimitedBody(request: Request): Promise<Buffer<ArrayBuffer>> {
  if (!request.body) return Buffer.alloc(0);
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > MAX_BODY_BYTES) {
      await reader.cancel().catch(() => undefined);
      throw fail('41300');
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks);
}

/**
 * Reads and parses the JSON body into `c.get('body')` before any route runs. A body over 50 MB
 * gives `413 41300`, a body that is not `application/json` `415 41500` (multipart/form-data is
 * left unread for the routes that take it), malformed JSON `400 40000`.
 */
export function bodyMiddleware(): MiddlewareHandler<EmulatorEnv> {
  return async (c, next) => {
    c.set('body', undefined);
    const declaredLength = readHeader(c, 'content-length');
    const length = Number(declaredLength ?? '0');
    if (Number.isFinite(length) && length > MAX_BODY_BYTES) throw fail('41300');
    if (!WITH_BODY.has(c.req.method)) return next();
    const contentType = readHeader(c, 'content-type') ?? '';
    const type = contentType.split(';')[0]?.trim().toLowerCase() ?? '';
    if (type === 'multipart/form-data') {
      if (!/boundary=/i.test(contentType)) throw fail('41501');
      return next();
    }
    if (type !== 'application/json' && !type.endsWith('+json')) {
      if (!type && length === 0 && readHeader(c, 'transfer-encoding') === undefined) return next();
      throw fail('41500');
    }
    // with a content-length (already checked against the limit) the fast body path is safe;
    // a chunked body is read piece by piece so that it can be stopped at the limit
    const text =
      declaredLength !== undefined
        ? await c.req.raw.text()
        : (await readLimitedBody(c.req.raw)).toString('utf8');
    if (text.trim() === '') return next();
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch {
      RAW_TEXT.set(c.req.raw, text.length > 10_000 ? `${text.slice(0, 10_000)}…` : text);
      throw fail('40000');
    }
    c.set('body', parsed);
    await next();
  };
}
