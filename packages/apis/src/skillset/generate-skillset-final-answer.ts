import { defineIdEndpoint, type EndpointSpec } from '../shared/endpoint';
import { skillsetParamsSchema } from './skillset-request';
import { skillsetResponseSchema } from './skillset-response';

/** Generate skillset final answer, declared once for the plain and the streamed call. */
export const skillsetFinalAnswer = {
  method: 'POST',
  path: '/v1/skillsets/{skillsetId}/versions/{version}/final-answer',
  params: skillsetParamsSchema,
  response: skillsetResponseSchema,
  defaults: { version: 1 },
} satisfies EndpointSpec<typeof skillsetParamsSchema, typeof skillsetResponseSchema>;

/**
 * Generate skillset final answer: plans, calls the skillset's skill APIs and answers the query
 * (`POST /v1/skillsets/{skillsetId}/versions/{version}/final-answer`; `version` defaults to 1).
 *
 * @example
 * ```ts
 * const { finalAnswer, apiResult } = await generateSkillsetFinalAnswer(transport, 'stocub8o', { query: 'Weather tomorrow?' });
 * ```
 * @throws RequestValidationError naming the field when a documented rule is broken (before sending).
 */
export const generateSkillsetFinalAnswer = defineIdEndpoint('skillsetId', skillsetFinalAnswer);
