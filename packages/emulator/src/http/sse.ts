/**
 * The shared Server-Sent Events writer. Every streaming route (chat, OpenAI layer, skillset)
 * sends its events through {@link sseResponse} so that the latency options and the stream faults
 * (`cut-after=N`, `error-after=N; code=…`) apply everywhere the same way. A route builds its
 * events (a list or a generator) and returns `sseResponse(c, events)`; ids left out are generated.
 */
import { randomUUID } from 'node:crypto';
import type { Context } from 'hono';
import type { EmulatorEnv, StreamFault } from '../context.ts';
import { sleep } from '../engine/sleep.ts';
import { errorBody } from './error-envelope.ts';
import { readHeader } from './header.ts';
import { alreadySentResponse, markClosedByServer, nodeOutgoing } from './node-bindings.ts';
import { messageOf } from './status-codes.ts';

/** Whether a native request asks for a stream (`Accept: text/event-stream`, any case). */
export function wantsStream(c: Context): boolean {
  return readHeader(c, 'accept')?.toLowerCase().includes('text/event-stream') ?? false;
}

/** One event of a CLOVA stream (`id:`/`event:`/`data:` lines, no space after the colon). */
export interface SseEvent {
  /** Event id; a random UUID when absent. */
  id?: string;
  /** Event name: `token`, `result`, `signal`, … */
  event: string;
  /** Payload, written as one line of JSON (strings are written as they are). */
  data: unknown;
}

/** Options of {@link sseResponse}. */
export interface SseOptions {
  /** `clova` (default): `id:`/`event:`/`data:` blocks. `openai`: `data: <json>` lines only. */
  format?: 'clova' | 'openai';
  /** Extra response headers. */
  headers?: Record<string, string>;
}

function payload(data: unknown): string {
  return typeof data === 'string' ? data : JSON.stringify(data);
}

/** Serialises one event in the CLOVA wire form. */
export function formatClovaEvent(event: SseEvent): string {
  return `id:${event.id ?? randomUUID()}\nevent:${event.event}\ndata:${payload(event.data)}\n\n`;
}

function formatOpenAiEvent(event: SseEvent): string {
  if (
    event.event === 'error' &&
    typeof event.data === 'object' &&
    event.data !== null &&
    'status' in event.data
  ) {
    const { status } = event.data as { status: { code: string; message: string } };
    return `data: ${JSON.stringify(errorBody(status, true))}\n\n`;
  }
  return `data: ${payload(event.data)}\n\n`;
}

interface Sink {
  write(chunk: string): Promise<void>;
  /** Ends the response normally. */
  end(): void;
  /** Ends the connection without finishing the HTTP response. */
  cut(): void;
  readonly closed: boolean;
}

function nodeSink(
  outgoing: NonNullable<ReturnType<typeof nodeOutgoing>>,
  headers: Record<string, string>,
): Sink {
  let closed = false;
  outgoing.on('close', () => {
    closed = true;
  });
  outgoing.writeHead(200, headers);
  outgoing.flushHeaders();
  return {
    get closed() {
      return closed || outgoing.destroyed;
    },
    write: (chunk) =>
      new Promise<void>((resolve) => {
        if (closed || outgoing.destroyed) return resolve();
        const flushed = outgoing.write(chunk);
        if (flushed) return resolve();
        const done = () => {
          outgoing.off('drain', done);
          outgoing.off('close', done);
          resolve();
        };
        outgoing.on('drain', done);
        outgoing.on('close', done);
      }),
    end: () => {
      if (!outgoing.destroyed) outgoing.end();
    },
    cut: () => {
      markClosedByServer(outgoing);
      const socket = outgoing.socket;
      if (!socket) return void outgoing.destroy();
      socket.end(() => socket.destroy());
    },
  };
}

function streamSink(controller: ReadableStreamDefaultController<Uint8Array>): Sink {
  const encoder = new TextEncoder();
  let closed = false;
  const close = () => {
    if (closed) return;
    closed = true;
    controller.close();
  };
  return {
    get closed() {
      return closed;
    },
    write: async (chunk) => {
      if (!closed) controller.enqueue(encoder.encode(chunk));
    },
    end: close,
    cut: close,
  };
}

/** The `error` event a fault sends (`{status:{code,message}}`, default code `50000`). */
function errorEvent(code = '50000'): SseEvent {
  return { event: 'error', data: { status: { code, message: messageOf(code) } } };
}

async function pump(
  sink: Sink,
  events: Iterable<SseEvent> | AsyncIterable<SseEvent>,
  format: (e: SseEvent) => string,
  fault: StreamFault | undefined,
  latency: { firstTokenMs: number; perTokenMs: number },
): Promise<void> {
  let sent = 0;
  try {
    if (latency.firstTokenMs > 0) await sleep(latency.firstTokenMs);
    for await (const event of events) {
      if (sink.closed) return;
      if (fault?.errorAfter !== undefined && sent >= fault.errorAfter) {
        await sink.write(format(errorEvent(fault.errorCode)));
        return sink.end();
      }
      if (fault?.cutAfter !== undefined && sent >= fault.cutAfter) return sink.cut();
      if (sent > 0 && latency.perTokenMs > 0) await sleep(latency.perTokenMs);
      await sink.write(format(event));
      sent++;
    }
    if (fault?.errorAfter !== undefined) await sink.write(format(errorEvent(fault.errorCode)));
    if (fault?.cutAfter !== undefined && sent >= fault.cutAfter) return sink.cut();
    sink.end();
  } catch {
    sink.cut();
  }
}

/**
 * Streams `events` as the response to `c`, applying the request's latency and stream faults.
 * On Node the events are written straight to the socket (so a `cut-after` fault really ends the
 * connection mid-response); elsewhere a `ReadableStream` body is returned.
 */
export function sseResponse(
  c: Context<EmulatorEnv>,
  events: Iterable<SseEvent> | AsyncIterable<SseEvent>,
  options: SseOptions = {},
): Response {
  const format = options.format === 'openai' ? formatOpenAiEvent : formatClovaEvent;
  const fault = c.get('streamFault');
  const latency = c.get('latency') ?? { firstTokenMs: 0, perTokenMs: 0 };
  const headers: Record<string, string> = {
    'content-type': 'text/event-stream; charset=utf-8',
    'cache-control': 'no-cache',
    ...options.headers,
  };
  c.set('responseCode', '20000');
  const outgoing = nodeOutgoing(c);
  if (outgoing) {
    void pump(nodeSink(outgoing, headers), events, format, fault, latency);
    return alreadySentResponse();
  }
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      void pump(streamSink(controller), events, format, fault, latency);
    },
  });
  return new Response(body, { status: 200, headers });
}
