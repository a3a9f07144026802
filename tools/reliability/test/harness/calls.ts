import type { ClovaStudio, RequestOptions } from '@clova-studio/apis';

/** The four ways the campaign calls chat through `@clova-studio/apis`. */
export const ROUTES = ['v3.create', 'v3.stream', 'openai.create', 'openai.stream'] as const;
/** A way of calling chat: native v3 or `/v1/openai`, JSON or streamed. */
export type Route = (typeof ROUTES)[number];
/** The streaming routes. */
export const STREAM_ROUTES: readonly Route[] = ['v3.stream', 'openai.stream'];

/** Whether `route` streams. */
export const isStream = (route: Route): boolean => route.endsWith('.stream');

/** Per-call options of {@link callRoute}. */
export interface CallOptions extends Pick<RequestOptions, 'headers' | 'signal' | 'requestId'> {
  /** Receives each text delta of a stream as it arrives (for aborting mid-stream). */
  onDelta?: (text: string, index: number) => void;
  /** Collects the text deltas of a stream (filled even when the stream fails). */
  deltas?: string[];
}

/** A fixed seed: the emulator answers the same prompt with the same bytes. */
const SEED = 7;

/**
 * Calls chat on `route` with `prompt` and returns the answer text. For a stream, the text is the
 * final message, and it must equal the concatenated deltas (a plain `Error` says otherwise: the
 * campaign counts it as wrong, since it is no typed error).
 */
export async function callRoute(
  client: ClovaStudio,
  route: Route,
  prompt: string,
  options: CallOptions = {},
): Promise<string> {
  const { onDelta, deltas = [], ...request } = options;
  const messages = [{ role: 'user' as const, content: prompt }];
  switch (route) {
    case 'v3.create':
      return (await client.chat.create({ model: 'HCX-005', messages, seed: SEED }, request)).message
        .content;
    case 'openai.create': {
      const res = await client.openai.chat.completions.create(
        { model: 'HCX-005', messages, seed: SEED },
        request,
      );
      return res.choices[0]?.message.content ?? '';
    }
    case 'v3.stream':
    case 'openai.stream': {
      const stream =
        route === 'v3.stream'
          ? await client.chat.stream({ model: 'HCX-005', messages, seed: SEED }, request)
          : await client.openai.chat.completions.stream(
              { model: 'HCX-005', messages, seed: SEED },
              request,
            );
      for await (const text of stream.textStream) {
        deltas.push(text);
        onDelta?.(text, deltas.length - 1);
      }
      const final = (await stream.finalMessage()).content ?? '';
      if (final !== deltas.join('')) {
        throw new Error(`final message ${JSON.stringify(final)} ≠ concatenated deltas`);
      }
      return final;
    }
  }
}
