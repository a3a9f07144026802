import { readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { FAULT_HEADER } from '@clova-studio/emulator';
import { pipeUIMessageStreamToResponse } from 'ai';
import type { Target } from '../target.ts';
import { parseChatRequest } from './chat-request.ts';
import type { ChatEngineHandler, UpstreamConnection } from './engines/engine.ts';
import {
  CHAT_ENGINES,
  CHAT_MODELS,
  type ChatConfig,
  type ChatEngine,
  SIMULATED_FAILURES,
  type SimulatedFailure,
} from './protocol.ts';

/** The built page (`pnpm build` bundles `src/web/client` into it). */
export const DEFAULT_STATIC_DIR = fileURLToPath(new URL('../../dist/web/', import.meta.url));

/** Options of {@link startChatServer}. */
export interface ChatServerOptions {
  /** The CLOVA Studio the engines call (the in-process emulator or the real service). */
  readonly target: Target;
  /** How each engine answers (`chatEngines` from `./engines/index.ts`). */
  readonly engines: Readonly<Record<ChatEngine, ChatEngineHandler>>;
  /** Port on 127.0.0.1 (default 0: a free one). */
  readonly port?: number;
  /** Where the built page is (default {@link DEFAULT_STATIC_DIR}). */
  readonly staticDir?: string;
}

/** A running chat server. */
export interface RunningChatServer {
  /** `http://127.0.0.1:<port>/` */
  readonly url: string;
  /** Stops listening and closes open connections. */
  close(): Promise<void>;
}

const BODY_LIMIT = 1_000_000;
const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.map': 'application/json',
};

/**
 * The chat page's server (plain `node:http`, no framework): the bundled page, `GET /api/config`
 * and `POST /api/chat`, which takes the `useChat` body and answers with the UI message stream of
 * the chosen engine. When the page closes the connection (stop), the upstream call is aborted.
 */
export async function startChatServer(options: ChatServerOptions): Promise<RunningChatServer> {
  const { target } = options;
  const staticDir = options.staticDir ?? DEFAULT_STATIC_DIR;
  const server = createServer((request, response) => {
    route(request, response).catch((error: unknown) => {
      if (!response.headersSent) sendJson(response, 500, { error: String(error) });
      else response.destroy();
    });
  });

  async function route(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const path = new URL(request.url ?? '/', 'http://localhost').pathname;
    if (path === '/api/chat') {
      if (request.method !== 'POST') return sendJson(response, 405, { error: 'Use POST.' });
      return chat(request, response);
    }
    if (path === '/api/config' && request.method === 'GET') {
      const config: ChatConfig = {
        target: target.kind,
        models: CHAT_MODELS,
        engines: CHAT_ENGINES,
        simulations: target.kind === 'emulator' ? SIMULATED_FAILURES : [],
      };
      return sendJson(response, 200, config);
    }
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      return sendJson(response, 405, { error: 'Method not allowed.' });
    }
    return serveStatic(path === '/' ? '/index.html' : path, response);
  }

  async function chat(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const raw = await readBody(request);
    if (raw === undefined) return sendJson(response, 413, { error: 'The body is too large.' });
    const parsed = await parseChatRequest(raw);
    if (!parsed.ok) return sendJson(response, 400, { error: parsed.error });
    const { messages, model, engine, simulate } = parsed.value;
    if (simulate && target.kind !== 'emulator') {
      return sendJson(response, 400, { error: 'simulate: only against the emulator.' });
    }
    // The page's stop button closes the connection: abort the upstream call with it.
    const upstream = new AbortController();
    response.on('close', () => {
      if (!response.writableFinished) upstream.abort();
    });
    const stream = await options.engines[engine]({
      messages,
      model,
      connection: connectionFor(target, simulate),
      signal: upstream.signal,
    });
    await pipeUIMessageStreamToResponse({ response, stream });
  }

  async function serveStatic(path: string, response: ServerResponse): Promise<void> {
    const file = normalize(join(staticDir, path));
    if (!file.startsWith(staticDir)) return sendJson(response, 404, { error: 'Not found.' });
    let body: Buffer;
    try {
      body = await readFile(file);
    } catch {
      const hint =
        path === '/index.html'
          ? ' Build the page first: pnpm --filter @clova-studio/demo build.'
          : '';
      return sendJson(response, 404, { error: `Not found.${hint}` });
    }
    response.writeHead(200, {
      'content-type': CONTENT_TYPES[extname(file)] ?? 'application/octet-stream',
      'cache-control': 'no-store',
    });
    response.end(body);
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}

/** The target's key and URL, altered to make the emulator fail the way the page asked. */
export function connectionFor(target: Target, simulate?: SimulatedFailure): UpstreamConnection {
  const apiKey = target.clientOptions.apiKey ?? '';
  const base = { apiKey, baseURL: target.baseURL, headers: {}, maxRetries: 2 };
  if (simulate === 'rate-limit') {
    return { ...base, headers: { [FAULT_HEADER]: 'status=429; code=42901' }, maxRetries: 0 };
  }
  if (simulate === 'bad-key') {
    // Well-formed but unknown: the emulator answers 401 40104 Invalid key.
    return { ...base, apiKey: `nv-${'0'.repeat(32)}Bad0`, maxRetries: 0 };
  }
  return base;
}

async function readBody(request: IncomingMessage): Promise<string | undefined> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > BODY_LIMIT) return undefined;
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString('utf8');
}

function sendJson(response: ServerResponse, status: number, body: unknown): void {
  response.writeHead(status, { 'content-type': 'application/json; charset=utf-8' });
  response.end(JSON.stringify(body));
}
