import type { APIPromise } from '@clova-studio/core';
import * as z from 'zod/mini';
import { type EndpointTarget, sendRequest } from '../shared/endpoint.ts';
import { lenientObject } from '../shared/named-schema.ts';
import { createdSchema } from '../shared/normalize-created.ts';
import { parseResponse } from '../shared/parse-response.ts';
import type { ClovaRequestOptions } from '../validation/request-options.ts';

const openAIModelListObject = lenientObject({
  /** `list`. */
  object: z.optional(z.string()),
  /** The models. */
  data: z.array(
    lenientObject({
      /** Model id, e.g. `HCX-005`. */
      id: z.string(),
      /** `model`. */
      object: z.optional(z.string()),
      /** Creation time, as a `Date`. */
      created: z.optional(createdSchema),
      /** Owner. */
      owned_by: z.optional(z.string()),
    }),
  ),
});

/** Response of the OpenAI-compatible model list. */
export interface OpenAIModelList extends z.output<typeof openAIModelListObject> {}

/** Schema of {@link OpenAIModelList} (unknown fields pass through at run time). */
export const openAIModelListSchema: z.ZodMiniType<OpenAIModelList> = openAIModelListObject;

/** OpenAI-compatible model list (`GET /v1/openai/models`). */
export function listOpenAIModels(
  target: EndpointTarget,
  options?: ClovaRequestOptions,
): APIPromise<OpenAIModelList> {
  return sendRequest(
    target,
    options,
    () => ({ method: 'GET', path: '/v1/openai/models', envelope: false }),
    (data) => parseResponse(openAIModelListSchema, data),
  );
}
