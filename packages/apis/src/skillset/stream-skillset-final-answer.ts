import type { APIPromise, Transport } from '@clova-studio/core';
import { sendStreamRequest } from '../shared/send-request';
import type { ClovaRequestOptions } from '../validation/request-options';
import { skillsetFinalAnswerRequest } from './generate-skillset-final-answer';
import type { SkillsetParams } from './skillset-request';
import { SkillsetStream } from './skillset-stream';
import { SKILLSET_END_EVENTS } from './skillset-stream-events';

/**
 * Generate skillset final answer, streamed (`Accept: text/event-stream`): resolves once the response headers arrive
 * with a {@link SkillsetStream} of `planning`, `cot`, `token` and `finalAnswer` events.
 *
 * @example
 * ```ts
 * const stream = await streamSkillsetFinalAnswer(transport, 'stocub8o', { query: 'Hotels near a subway?' });
 * const { finalAnswer } = await stream.finalAnswer();
 * ```
 * @throws RequestValidationError naming the field when a documented rule is broken (before sending).
 */
export function streamSkillsetFinalAnswer(
  transport: Transport,
  skillsetId: string,
  params: SkillsetParams,
  options?: ClovaRequestOptions,
): APIPromise<SkillsetStream> {
  return sendStreamRequest(
    transport,
    options,
    () => ({
      ...skillsetFinalAnswerRequest(skillsetId, params, options),
      endEvents: [...SKILLSET_END_EVENTS],
    }),
    (stream) => new SkillsetStream(stream),
  );
}
