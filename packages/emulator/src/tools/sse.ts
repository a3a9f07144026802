/**
 * The tool routes' SSE writer (skillset stream). Lines are written `id:…`, `event:…`, `data:…`
 * WITHOUT a space after the colon (the likely real wire format).
 *
 * NOTE for the app engineer: this is a stand-in until the shared writer with fault hooks
 * (`src/http/sse.ts`) exists; swapping it only means changing `sseResponse` below.
 */

/** One server-sent event. */
export interface SseEvent {
  id: string;
  event: string;
  /** The payload, serialised as one line of JSON. */
  data: unknown;
}

/** The wire text of one event, ending with the blank line. */
export function formatSseEvent(event: SseEvent): string {
  return `id:${event.id}\nevent:${event.event}\ndata:${JSON.stringify(event.data)}\n\n`;
}

/** A `text/event-stream` response that sends `events` one chunk each, then ends. */
export function sseResponse(events: readonly SseEvent[]): Response {
  const encoder = new TextEncoder();
  let next = 0;
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      const event = events[next++];
      if (event) controller.enqueue(encoder.encode(formatSseEvent(event)));
      else controller.close();
    },
  });
  return new Response(body, {
    status: 200,
    headers: {
      'content-type': 'text/event-stream; charset=utf-8',
      'cache-control': 'no-cache',
      connection: 'keep-alive',
    },
  });
}
