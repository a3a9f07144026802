import type { HttpBindings } from '@hono/node-server';
import type { Context } from 'hono';

/** The Node.js response behind a Hono context, when the app runs on `@hono/node-server`. */
export function nodeOutgoing(c: Context): HttpBindings['outgoing'] | undefined {
  const env = c.env as Partial<HttpBindings> | undefined;
  const outgoing = env?.outgoing;
  return outgoing && typeof outgoing.writeHead === 'function' ? outgoing : undefined;
}

/**
 * A placeholder response telling `@hono/node-server` that the route already wrote (or destroyed)
 * the Node response itself, so it must not write anything.
 */
export function alreadySentResponse(): Response {
  const response = new Response(null, { status: 200, headers: { 'x-hono-already-sent': '1' } });
  // node-server's lightweight Response skips the "already sent" check on its fast path; reading
  // `body` materialises the real Response and takes the path that honours the header.
  void response.body;
  return response;
}
