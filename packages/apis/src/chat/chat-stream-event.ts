import type { ServerSentEvent } from '@clova-studio/core';
import type * as z from 'zod/mini';
import { parseResponse } from '../shared/parse-response.ts';

/** A typed `token` or `result` event of a native chat stream. */
export type TokenOrResultEvent<TToken, TResult> =
  | { event: 'token'; id: string | undefined; data: TToken }
  | { event: 'result'; id: string | undefined; data: TResult };

/**
 * The parser of a native chat stream (v1 and v3 alike): a `result` event's data is read with
 * `result`, any other event's with `token`.
 */
export function chatStreamEventParser<T extends z.ZodMiniType, R extends z.ZodMiniType>(
  token: T,
  result: R,
): (event: ServerSentEvent) => TokenOrResultEvent<z.output<T>, z.output<R>> {
  return ({ event, id, data }) =>
    event === 'result'
      ? { event: 'result', id, data: parseResponse(result, data) }
      : { event: 'token', id, data: parseResponse(token, data) };
}
