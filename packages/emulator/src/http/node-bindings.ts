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

/** Node responses the emulator itself ended early (a `drop` or `cut-after` fault). */
const closedByServer = new WeakSet<object>();

/** Notes that the emulator, not the client, is ending `outgoing` before its answer is complete. */
export function markClosedByServer(outgoing: HttpBindings['outgoing']): void {
  closedByServer.add(outgoing);
}

/**
 * Calls `onAbort` once if the client closes the connection of `c` before the answer is complete
 * (not when the emulator ends it on purpose). Does nothing off Node.
 */
export function onClientAbort(c: Context, onAbort: () => void): void {
  const outgoing = nodeOutgoing(c);
  if (!outgoing) return;
  outgoing.once('close', () => {
    if (!outgoing.writableFinished && !closedByServer.has(outgoing)) onAbort();
  });
}
