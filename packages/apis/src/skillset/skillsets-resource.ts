import { APIResource, type Bound } from '../shared/api-resource.ts';
import { generateSkillsetFinalAnswer } from './generate-skillset-final-answer.ts';
import { streamSkillsetFinalAnswer } from './stream-skillset-final-answer.ts';

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
  readonly generateFinalAnswer: Bound<typeof generateSkillsetFinalAnswer> = this.bind(
    generateSkillsetFinalAnswer,
  );

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
  readonly streamFinalAnswer: Bound<typeof streamSkillsetFinalAnswer> =
    this.bind(streamSkillsetFinalAnswer);
}
