import type { APIPromise } from '@clova-studio/core';
import { APIResource } from '../shared/api-resource';
import type { ClovaRequestOptions } from '../validation/request-options';
import { generateSkillsetFinalAnswer } from './generate-skillset-final-answer';
import type { SkillsetParams } from './skillset-request';
import type { SkillsetResponse } from './skillset-response';
import type { SkillsetStream } from './skillset-stream';
import { streamSkillsetFinalAnswer } from './stream-skillset-final-answer';

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
  readonly generateFinalAnswer: (
    skillsetId: string,
    params: SkillsetParams,
    options?: ClovaRequestOptions,
  ) => APIPromise<SkillsetResponse> = this.bind(generateSkillsetFinalAnswer);

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
  readonly streamFinalAnswer: (
    skillsetId: string,
    params: SkillsetParams,
    options?: ClovaRequestOptions,
  ) => APIPromise<SkillsetStream> = this.bind(streamSkillsetFinalAnswer);
}
