import type { APIPromise, Transport } from '@clova-studio/core';
import { parseResponse } from '../shared/parse-response';
import { validatePathId } from '../shared/path-id';
import { sendRequest } from '../shared/send-request';
import type { ClovaRequestOptions } from '../validation/request-options';
import { validateRequest } from '../validation/validate-request';
import { type SkillsetParams, skillsetParamsSchema } from './skillset-request';
import { type SkillsetResponse, skillsetResponseSchema } from './skillset-response';

/**
 * Validates the skillset id and parameters into the Generate skillset final answer request
 * (shared by the plain and the streamed call).
 */
export function skillsetFinalAnswerRequest(
  skillsetId: string,
  params: SkillsetParams,
  options: ClovaRequestOptions | undefined,
): { method: 'POST'; path: string; body: unknown } {
  const id = validatePathId('skillsetId', skillsetId, options);
  const { version = 1, ...body } = validateRequest(skillsetParamsSchema, params, options);
  return { method: 'POST', path: `/v1/skillsets/${id}/versions/${version}/final-answer`, body };
}

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
export function generateSkillsetFinalAnswer(
  transport: Transport,
  skillsetId: string,
  params: SkillsetParams,
  options?: ClovaRequestOptions,
): APIPromise<SkillsetResponse> {
  return sendRequest(
    transport,
    options,
    () => skillsetFinalAnswerRequest(skillsetId, params, options),
    (data) => parseResponse(skillsetResponseSchema, data),
  );
}
