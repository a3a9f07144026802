import { defineIdEndpoint, endpointSpec, type Route } from '../shared/endpoint.ts';
import { skillsetParamsSchema } from './skillset-request.ts';
import { skillsetResponseSchema } from './skillset-response.ts';

const route: Route = 'POST /v1/skillsets/{skillsetId}/versions/{version}/final-answer';
const options = { defaults: { version: 1 } };

/** The request of Generate skillset final answer, for the streamed call. */
export const skillsetFinalAnswer = endpointSpec(route, skillsetParamsSchema, options);

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
export const generateSkillsetFinalAnswer = defineIdEndpoint(
  'skillsetId',
  route,
  skillsetParamsSchema,
  skillsetResponseSchema,
  options,
);
