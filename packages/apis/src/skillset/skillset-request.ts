import * as z from 'zod/mini';
import { type NamedInput, object } from '../shared/named-schema.ts';

/** Headers, query parameters and body merged into skill API calls. */
const operationOverrideFields = {
  /** Headers added to the skill API call. */
  header: z.optional(z.record(z.string(), z.unknown())),
  /** Query parameters added to the skill API call. */
  query: z.optional(z.record(z.string(), z.unknown())),
  /** Body merged into the skill API call (ignored for GET operations). */
  requestBody: z.optional(z.record(z.string(), z.unknown())),
};

const skillsetParamsObject = object({
  /** Version of the skillset: an integer of at least 1 (path parameter). Default 1. */
  version: z.optional(z.int().check(z.gte(1))),
  /** The user's question. */
  query: z.string().check(z.minLength(1, 'must not be empty')),
  /** Whether to stream the answer token by token while generating it. */
  tokenStream: z.optional(z.boolean()),
  /** Earlier turns of the conversation. */
  chatHistory: z.optional(
    z.array(
      object({
        /** `user` or `assistant`. */
        role: z.enum(['user', 'assistant']),
        /** Text of the turn. */
        content: z.string(),
      }),
    ),
  ),
  /** Options applied to the skill API calls the skillset makes. */
  requestOverride: z.optional(
    object({
      /** Applied to every skill API call. */
      baseOperation: z.optional(object(operationOverrideFields)),
      /** Applied to one operation of the API spec each. */
      operations: z.optional(
        z.array(
          object({
            /** The API-spec operation this override applies to (required). */
            operationId: z.string().check(z.minLength(1, 'must not be empty')),
            ...operationOverrideFields,
          }),
        ),
      ),
    }),
  ),
});

/** Parameters of Generate skillset final answer (`POST /v1/skillsets/{skillsetId}/versions/{version}/final-answer`). */
export interface SkillsetParams extends z.input<typeof skillsetParamsObject> {}

/** Schema of {@link SkillsetParams}. */
export const skillsetParamsSchema: NamedInput<typeof skillsetParamsObject, SkillsetParams> =
  skillsetParamsObject;
