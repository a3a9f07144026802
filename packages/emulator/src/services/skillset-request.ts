import { z } from 'zod';

const overrideParts = {
  header: z.record(z.string(), z.unknown()).optional(),
  query: z.record(z.string(), z.unknown()).optional(),
  requestBody: z.record(z.string(), z.unknown()).optional(),
};

/** `requestOverride`: extra headers/query/body for every skill call, or per operation. */
export const requestOverrideSchema = z.object({
  baseOperation: z.object(overrideParts).optional(),
  operations: z.array(z.object({ operationId: z.string().min(1), ...overrideParts })).optional(),
});

/** `POST /v1/skillsets/{id}/versions/{version}/final-answer` body (`query` checked separately → 61002). */
export const skillsetRequestSchema = z.object({
  query: z.string().optional(),
  tokenStream: z.boolean().default(false),
  chatHistory: z
    .array(z.object({ role: z.enum(['user', 'assistant']), content: z.string() }))
    .default([]),
  requestOverride: requestOverrideSchema.optional(),
});

/** A validated skillset request. */
export type SkillsetRequest = z.output<typeof skillsetRequestSchema>;
/** Its `requestOverride`. */
export type RequestOverride = z.output<typeof requestOverrideSchema>;
