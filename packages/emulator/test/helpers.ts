import { afterAll, beforeAll } from 'vitest';
import type { EmulatorOptions, RunningEmulator } from '../src/index.ts';
import { startEmulator } from '../src/index.ts';

/** Starts an emulator for the enclosing `describe` and closes it afterwards. */
export function useEmulator(options: EmulatorOptions = {}): { readonly emu: RunningEmulator } {
  const holder = {} as { emu: RunningEmulator };
  beforeAll(async () => {
    holder.emu = await startEmulator({ rateLimits: false, ...options });
  });
  afterAll(async () => {
    await holder.emu?.close();
  });
  return holder;
}

/** JSON POST with the emulator's key. */
export function post(
  emu: RunningEmulator,
  path: string,
  body: unknown,
  headers: Record<string, string> = {},
): Promise<Response> {
  return fetch(`${emu.url}${path}`, {
    method: 'POST',
    headers: {
      authorization: `Bearer ${emu.apiKey}`,
      'content-type': 'application/json',
      ...headers,
    },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
}

/** A parsed SSE event. */
export interface WireEvent {
  id?: string;
  event?: string;
  data: string;
}

/** Parses an SSE body into events (strict `field:value` form, as the emulator writes it). */
export function parseSse(text: string): WireEvent[] {
  return text
    .split('\n\n')
    .filter((block) => block.trim() !== '')
    .map((block) => {
      const event: WireEvent = { data: '' };
      for (const line of block.split('\n')) {
        const at = line.indexOf(':');
        const field = line.slice(0, at);
        const value = line.slice(at + 1);
        if (field === 'id') event.id = value;
        else if (field === 'event') event.event = value;
        else if (field === 'data') event.data = value;
      }
      return event;
    });
}

/** POSTs with `Accept: text/event-stream` and returns the parsed events. */
export async function stream(
  emu: RunningEmulator,
  path: string,
  body: unknown,
  headers: Record<string, string> = {},
): Promise<{ response: Response; events: WireEvent[]; text: string }> {
  const response = await post(emu, path, body, { accept: 'text/event-stream', ...headers });
  const text = await response.text();
  return { response, events: parseSse(text), text };
}

/** Asserts the native error envelope and returns the code. */
export async function errorOf(
  response: Response,
): Promise<{ status: number; code: string; message: string }> {
  const body = (await response.json()) as { status: { code: string; message: string } };
  return { status: response.status, code: body.status.code, message: body.status.message };
}

/** A tiny valid PNG as a data URI. */
export const PNG_DATA_URI =
  'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==';

/** The weather tool of the function-calling docs. */
export const WEATHER_TOOL = {
  type: 'function',
  function: {
    name: 'get_weather',
    description: 'Weather lookup tool',
    parameters: {
      type: 'object',
      properties: {
        location: { type: 'string', description: 'City name' },
        unit: { type: 'string', enum: ['celsius', 'fahrenheit'] },
        date: { type: 'string', description: 'YYYY-MM-DD' },
      },
      required: ['location'],
    },
  },
};
