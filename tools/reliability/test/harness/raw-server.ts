import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** Where a raw server forwards what it passes through: a running emulator. */
export interface Upstream {
  url: string;
  apiKey: string;
}

/** How a passed-through answer is cut (see {@link RawContext.pass}). */
export interface PassOptions {
  /** Send only the first `events` SSE events (default: all). */
  events?: number;
  /** After them: send this raw text (e.g. a malformed event). */
  append?: string;
  /** Then: end the response normally (default), stall (never end), or destroy the socket. */
  after?: 'end' | 'stall' | 'destroy';
}

/** What a raw handler gets. */
export interface RawContext {
  req: IncomingMessage;
  res: ServerResponse;
  body: string;
  /** 1-based attempt number of this request id on this server. */
  attempt: number;
  /** Whether the request asks for a stream (native `Accept` or OpenAI `stream: true`). */
  stream: boolean;
  /** Forwards the request to the emulator and writes its answer back, cut as `options` say. */
  pass(options?: PassOptions): Promise<void>;
}

/** A raw node:http server on 127.0.0.1 for faults the emulator cannot make. */
export interface RawServer extends Upstream {
  /** Attempts seen per request id. */
  attempts(requestId: string): number;
  close(): Promise<void>;
}

// Headers the forwarding fetch sets itself.
const HOP_BY_HOP = new Set([
  'host',
  'content-length',
  'connection',
  'keep-alive',
  'transfer-encoding',
  'accept-encoding',
]);

const wantsStream = (req: IncomingMessage, body: string) =>
  (req.headers.accept ?? '').includes('event-stream') || /"stream"\s*:\s*true/.test(body);

/** Starts a raw server answering with `handler`; it forwards what it passes to `upstream`. */
export async function rawServer(
  upstream: Upstream,
  handler: (ctx: RawContext) => unknown,
): Promise<RawServer> {
  const seen = new Map<string, number>();
  const server = createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const body = Buffer.concat(chunks).toString('utf8');
    const id = String(req.headers['x-ncp-clovastudio-request-id'] ?? '');
    const attempt = (seen.get(id) ?? 0) + 1;
    seen.set(id, attempt);
    const stream = wantsStream(req, body);
    const pass = async (options: PassOptions = {}) => {
      const headers: Record<string, string> = {};
      for (const [k, v] of Object.entries(req.headers)) {
        if (typeof v === 'string' && !HOP_BY_HOP.has(k)) headers[k] = v;
      }
      headers.authorization = `Bearer ${upstream.apiKey}`;
      const up = await fetch(upstream.url + req.url, { method: req.method, headers, body });
      const text = await up.text();
      res.writeHead(up.status, { 'content-type': up.headers.get('content-type') ?? '' });
      if (stream && options.events !== undefined) {
        const events = text.split('\n\n').filter(Boolean).slice(0, options.events);
        res.write(events.map((e) => `${e}\n\n`).join(''));
      } else res.write(text);
      if (options.append) res.write(options.append);
      // (a moment later, so that what was written leaves first)
      if (options.after === 'destroy') setTimeout(() => res.socket?.destroy(), 20);
      else if (options.after !== 'stall') res.end();
    };
    try {
      await handler({ req, res, body, attempt, stream, pass });
    } catch {
      if (!res.headersSent) res.writeHead(599).end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    apiKey: upstream.apiKey,
    attempts: (requestId) => seen.get(requestId) ?? 0,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** Writes a JSON answer with `status` (and extra headers). */
export function sendJSON(
  res: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): void {
  res.writeHead(status, { 'content-type': 'application/json', ...headers });
  res.end(typeof body === 'string' ? body : JSON.stringify(body));
}
