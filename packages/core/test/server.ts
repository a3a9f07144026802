import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { type ClientOptions, Transport } from '../src/index.ts';

/** A request the test server received. */
export interface Seen {
  method: string;
  url: string;
  headers: IncomingMessage['headers'];
  body: string;
}

/** What a handler gets: the request, the response, the body, and the attempt number (1-based, per server). */
export interface Ctx {
  req: IncomingMessage;
  res: ServerResponse;
  body: string;
  attempt: number;
}

/** A tiny real HTTP server on 127.0.0.1, port 0. */
export interface TestServer {
  url: string;
  seen: Seen[];
  /** Resolves when the client closes a response before the server ended it. */
  clientClosed: Promise<void>;
  /** How many responses the client closed before the server ended them. */
  closedEarly: () => number;
  close(): Promise<void>;
}

// Every server started by `serve`, until `closeServers` closes it.
const open = new Set<TestServer>();

/** Closes every server `serve` started; test files run it `afterEach`. */
export async function closeServers(): Promise<void> {
  const servers = [...open];
  open.clear();
  await Promise.all(servers.map((s) => s.close()));
}

/** A transport for `server` with the {@link fast} options, and `extra` on top. */
export const clientFor = (server: TestServer, extra: ClientOptions = {}) =>
  new Transport({ ...fast, baseURL: server.url, ...extra });

/** Starts a server that answers every request with `handler`; `closeServers` closes it. */
export async function serve(handler: (ctx: Ctx) => unknown): Promise<TestServer> {
  const seen: Seen[] = [];
  let early = 0;
  let onClientClose!: () => void;
  const clientClosed = new Promise<void>((r) => {
    onClientClose = r;
  });
  const server = createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const body = Buffer.concat(chunks).toString('utf8');
    seen.push({ method: req.method ?? '', url: req.url ?? '', headers: req.headers, body });
    res.on('close', () => {
      if (!res.writableEnded) {
        early++;
        onClientClose();
      }
    });
    try {
      await handler({ req, res, body, attempt: seen.length });
    } catch {
      if (!res.headersSent) res.writeHead(599).end();
    }
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as AddressInfo;
  const testServer: TestServer = {
    url: `http://127.0.0.1:${port}`,
    seen,
    clientClosed,
    closedEarly: () => early,
    close: () =>
      new Promise<void>((r) => {
        server.closeAllConnections();
        server.close(() => r());
      }),
  };
  open.add(testServer);
  return testServer;
}

/** Writes a JSON response. */
export function json(
  res: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
) {
  res.writeHead(status, { 'content-type': 'application/json', ...headers });
  res.end(typeof body === 'string' ? body : JSON.stringify(body));
}

/** A native success envelope. */
export const ok = (result: unknown) => ({ status: { code: '20000', message: 'OK' }, result });

/** A native error envelope. */
export const fail = (code: string, message: string) => ({ status: { code, message } });

/** Starts an event-stream response. */
export function sse(res: ServerResponse, status = 200) {
  res.writeHead(status, { 'content-type': 'text/event-stream' });
}

/** Never resolves until `ms` passed. Used only to hold a response open; no assertion depends on it. */
export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Options that keep tests fast: a key, tiny backoff, logging off. */
export const fast = {
  apiKey: 'nv-testkey0123456789abcdef',
  retryBackoff: { initialDelay: 1, maxDelay: 2, maxRetryAfter: 5 },
  logLevel: 'off',
} as const;
