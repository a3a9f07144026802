import type { APIPromise, Transport } from '@clova-studio/core';
import { parseResponse } from '../shared/parse-response';
import { validatePathId } from '../shared/path-id';
import { sendRequest } from '../shared/send-request';
import type { ClovaRequestOptions } from '../validation/request-options';
import { validateRequest } from '../validation/validate-request';
import { type SkillsetParams, skillsetParamsSchema } from './skillset-request';
import { type SkillsetResponse, skillsetResponseSchema } from './skillset-response';

/** Path of Generate skillset final answer for a skillset id and version. */
export function skillsetFinalAnswerPath(skillsetId: string, version: number): string {
  return `/v1/skillsets/${skillsetId}/versions/${version}/final-answer`;
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
    () => {
      const id = validatePathId('skillsetId', skillsetId, options);
      const { version = 1, ...body } = validateRequest(skillsetParamsSchema, params, options);
      return { method: 'POST', path: skillsetFinalAnswerPath(id, version), body };
    },
    (data) => parseResponse(skillsetResponseSchema, data),
  );
}
