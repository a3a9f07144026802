import type { MiddlewareHandler } from 'hono';
import type { EmulatorEnv } from '../context.ts';
import { fail } from './fail.ts';
import { readHeader } from './header.ts';

/** Largest accepted request body: 50 MB (`413 41300` above it). */
export const MAX_BODY_BYTES = 50 * 1024 * 1024;

/**
 * Deepest JSON nesting a body may have: 64 levels of objects and arrays (`400 40000` past it, so
 * that no route recurses into a 2,000-level tool schema and overflows the stack). [UNCONFIRMED]
 * emulator choice: the service's own limit is not documented.
 */
export const MAX_JSON_DEPTH = 64;

/**
 * Largest body the request log keeps whole: 1 MiB of JSON text. A larger body (or one that is not
 * valid JSON) is kept as the start of its text followed by a `…[truncated …]` marker.
 */
export const MAX_RECORDED_BODY_CHARS = 1024 * 1024;

const WITH_BODY = new Set(['POST', 'PUT', 'PATCH']);

/** What the request log keeps of a body: the parsed value, or (too large or not JSON) its text. */
interface RecordedBody {
  /** The text that stands for the body, when the parsed value is not kept. */
  text: string | undefined;
  /** Size of the body as received, in bytes (UTF-8). */
  bytes: number;
}
const RECORDED = new WeakMap<Request, RecordedBody>();

/**
 * The body as the request log keeps it (`parsed` when it is kept whole, else the start of its
 * text with a marker), and its size in bytes as received.
 */
export function recordedBody(request: Request, parsed: unknown): { body: unknown; bytes: number } {
  const recorded = RECORDED.get(request);
  if (!recorded) return { body: parsed, bytes: 0 };
  return { body: recorded.text ?? parsed, bytes: recorded.bytes };
}

function remember(request: Request, text: string, whole: boolean): void {
  const bytes = Buffer.byteLength(text);
  const fits = text.length <= MAX_RECORDED_BODY_CHARS;
  RECORDED.set(request, {
    text:
      whole && fits
        ? undefined
        : fits
          ? text
          : `${text.slice(0, MAX_RECORDED_BODY_CHARS)}…[truncated by the emulator: ${bytes} bytes in all]`,
    bytes,
  });
}

/** Whether `value` nests objects and arrays more than `limit` levels deep (walked without recursion). */
export function nestedDeeperThan(value: unknown, limit: number): boolean {
  const stack: [unknown, number][] = [[value, 1]];
  for (let item = stack.pop(); item; item = stack.pop()) {
    const [node, depth] = item;
    if (node === null || typeof node !== 'object') continue;
    if (depth > limit) return true;
    for (const child of Object.values(node)) stack.push([child, depth + 1]);
  }
  return false;
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
 * left unread for the routes that take it), malformed JSON or JSON nested deeper than
 * {@link MAX_JSON_DEPTH} levels `400 40000`.
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
      remember(c.req.raw, text, false);
      throw fail('40000');
    }
    const tooDeep = nestedDeeperThan(parsed, MAX_JSON_DEPTH);
    remember(c.req.raw, text, !tooDeep);
    if (tooDeep)
      throw fail('40000', `Bad request: JSON nested more than ${MAX_JSON_DEPTH} levels deep`);
    c.set('body', parsed);
    await next();
  };
}
