import type { APIPromise } from '@clova-studio/core';
import { generateSkillsetFinalAnswer } from '../skillset/generate-skillset-final-answer';
import type { SkillsetParams } from '../skillset/skillset-request';
import type { SkillsetResponse } from '../skillset/skillset-response';
import type { SkillsetStream } from '../skillset/skillset-stream';
import { streamSkillsetFinalAnswer } from '../skillset/stream-skillset-final-answer';
import type { ClovaRequestOptions } from '../validation/request-options';
import { APIResource } from './api-resource';

/** Skillsets (Skill Trainer): `client.skillsets`. */
export class Skillsets extends APIResource {
  /**
   * Generate skillset final answer. See {@link generateSkillsetFinalAnswer}.
   *
   * @example
   * ```ts
   * const { finalAnswer } = await client.skillsets.generateFinalAnswer('stocub8o', { query: 'Weather tomorrow?' });
   * ```
   */
  generateFinalAnswer(
    skillsetId: string,
    params: SkillsetParams,
    options?: ClovaRequestOptions,
  ): APIPromise<SkillsetResponse> {
    return generateSkillsetFinalAnswer(this.transport, skillsetId, params, this.options(options));
  }

  /**
   * Generate skillset final answer, streamed: `planning`, `cot`, `token` and `finalAnswer` events.
   * See {@link streamSkillsetFinalAnswer}.
   *
   * @example
   * ```ts
   * const stream = await client.skillsets.streamFinalAnswer('stocub8o', { query: 'Hotels near a subway?' });
   * for await (const event of stream) console.log(event.event);
   * ```
   */
  streamFinalAnswer(
    skillsetId: string,
    params: SkillsetParams,
    options?: ClovaRequestOptions,
  ): APIPromise<SkillsetStream> {
    return streamSkillsetFinalAnswer(this.transport, skillsetId, params, this.options(options));
  }
}
