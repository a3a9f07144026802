import { type ServerSentEvent, Stream, StreamTruncatedError } from '@clova-studio/core';
import { parseResponse } from '../shared/parse-response.ts';
import { skillsetResponseSchema } from './skillset-response.ts';
import {
  type SkillsetFinalAnswer,
  type SkillsetStreamEvent,
  skillsetCotSchema,
  skillsetPlanningSchema,
  skillsetTokenSchema,
} from './skillset-stream-events.ts';

/**
 * Types one server-sent event of a skillset stream. Unknown events are dropped (`undefined`), except that a
 * `result` event carrying `finalAnswer` counts as the final answer and an unnamed event carrying `text` counts as a
 * token (the token event's name is not documented).
 */
export function parseSkillsetStreamEvent(
  sse: ServerSentEvent<unknown>,
): SkillsetStreamEvent | undefined {
  const { id, event, data } = sse;
  switch (event) {
    case 'planning':
      return { event, id, data: parseResponse(skillsetPlanningSchema, data) };
    case 'cot':
      return { event, id, data: parseResponse(skillsetCotSchema, data) };
    case 'finalAnswer':
      return { event, id, data: parseResponse(skillsetResponseSchema, data) };
    case 'result': {
      const result = skillsetResponseSchema.safeParse(data);
      return result.success ? { event: 'finalAnswer', id, data: result.data } : undefined;
    }
    case 'signal':
      return undefined;
    default: {
      const token = skillsetTokenSchema.safeParse(data);
      return token.success ? { event: 'token', id, data: token.data } : undefined;
    }
  }
}

async function* skillsetEvents(
  source: Stream<ServerSentEvent<unknown>>,
): AsyncGenerator<SkillsetStreamEvent> {
  for await (const sse of source) {
    const event = parseSkillsetStreamEvent(sse);
    if (event) yield event;
  }
}

/**
 * A skillset stream: typed `planning`, `cot`, `token` and `finalAnswer` events on core's {@link Stream}
 * (abortable; breaking out of `for await` aborts the request). It ends after `finalAnswer`.
 *
 * @example
 * ```ts
 * const stream = await client.skillsets.streamFinalAnswer('default', { query: 'Weather in Seoul?' });
 * for await (const e of stream) if (e.event === 'planning') console.log(e.data.selectedSkill);
 * ```
 */
export class SkillsetStream extends Stream<SkillsetStreamEvent> {
  /** @param source - the raw server-sent events (ending on `finalAnswer`). */
  constructor(source: Stream<ServerSentEvent<unknown>>) {
    super(() => skillsetEvents(source), source.response, source.requestId, source.controller);
  }

  /**
   * Reads the stream to its end and returns the `finalAnswer` event's data.
   *
   * @throws StreamTruncatedError when the stream ends without a final answer.
   */
  async finalAnswer(): Promise<SkillsetFinalAnswer> {
    for await (const event of this) {
      if (event.event === 'finalAnswer') return event.data;
    }
    throw new StreamTruncatedError('The skillset stream ended without a finalAnswer event', {
      requestId: this.requestId,
    });
  }
}
