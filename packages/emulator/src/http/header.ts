import type { HttpBindings } from '@hono/node-server';
import type { Context } from 'hono';

function incoming(c: Context): HttpBindings['incoming'] | undefined {
  const env = c.env as Partial<HttpBindings> | undefined;
  const request = env?.incoming;
  return request && typeof request.headers === 'object' ? request : undefined;
}

/**
 * A request header by lower-case `name`. On Node it is read straight from the incoming message,
 * which spares building a WHATWG `Headers` object on the hot path.
 */
export function readHeader(c: Context, name: string): string | undefined {
  const message = incoming(c);
  if (!message) return c.req.header(name);
  const value = message.headers[name];
  return Array.isArray(value) ? value.join(', ') : value;
}

/**
 * Every request header as a plain object with lower-case names. On Node this is the incoming
 * message's own header object (no copy; only `set-cookie` could hold an array there).
 */
export function allHeaders(c: Context): Record<string, string> {
  const message = incoming(c);
  if (message) return message.headers as Record<string, string>;
  const out: Record<string, string> = {};
  c.req.raw.headers.forEach((value, key) => {
    out[key] = value;
  });
  return out;
}
