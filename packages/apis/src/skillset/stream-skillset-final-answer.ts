import type { APIPromise } from '@clova-studio/core';
import { type EndpointTarget, endpointRequest, sendStreamRequest } from '../shared/endpoint.ts';
import { validatePathId } from '../shared/path-id.ts';
import type { ClovaRequestOptions } from '../validation/request-options.ts';
import { skillsetFinalAnswer } from './generate-skillset-final-answer.ts';
import type { SkillsetParams } from './skillset-request.ts';
import { SkillsetStream } from './skillset-stream.ts';
import { SKILLSET_END_EVENTS } from './skillset-stream-events.ts';

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
  target: EndpointTarget,
  skillsetId: string,
  params: SkillsetParams,
  options?: ClovaRequestOptions,
): APIPromise<SkillsetStream> {
  return sendStreamRequest(
    target,
    options,
    (opts) => {
      const skillset = { skillsetId: validatePathId('skillsetId', skillsetId, opts) };
      const { path, body } = endpointRequest(skillsetFinalAnswer, params, opts, skillset);
      return { path, body, endEvents: [...SKILLSET_END_EVENTS] };
    },
    (stream) => new SkillsetStream(stream),
  );
}
