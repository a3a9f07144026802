import { z } from 'zod';

/** A tool call as the model returns it and the caller echoes it back (`arguments` is an object). */
export const ragToolCallSchema = z.object({
  id: z.string(),
  type: z.literal('function'),
  function: z.object({
    name: z.string(),
    arguments: z.union([z.record(z.string(), z.unknown()), z.string()]),
  }),
});

/** One conversation turn of a RAG reasoning request. */
export const ragMessageSchema = z
  .object({
    role: z.enum(['system', 'user', 'assistant', 'tool']),
    content: z.string(),
    toolCalls: z.array(ragToolCallSchema).optional(),
    toolCallId: z.string().optional(),
  })
  .refine((m) => m.role !== 'tool' || (m.toolCallId !== undefined && m.toolCallId !== ''), {
    path: ['toolCallId'],
  });

/** A function the model may call (all four inner fields required). */
export const ragToolSchema = z.object({
  type: z.literal('function'),
  function: z.object({
    name: z.string().min(1),
    description: z.string(),
    parameters: z.record(z.string(), z.unknown()),
  }),
});

/** `POST /v1/api-tools/rag-reasoning` body, with the documented ranges and defaults. */
export const ragRequestSchema = z.object({
  messages: z.array(ragMessageSchema).min(1),
  tools: z.array(ragToolSchema).min(1),
  toolChoice: z
    .union([
      z.enum(['auto', 'none']),
      z.object({ type: z.literal('function'), function: z.object({ name: z.string() }) }),
    ])
    .default('auto'),
  topP: z.number().gt(0).max(1).default(0.8),
  topK: z.number().int().min(0).max(128).default(0),
  maxTokens: z.number().int().min(1024).max(4095).default(1024),
  temperature: z.number().gt(0).max(1).default(0.5),
  repetitionPenalty: z.number().gt(0).max(2).default(1.1),
  stop: z.array(z.string()).default([]),
  seed: z.number().int().min(0).max(4294967295).default(0),
  includeAiFilters: z.boolean().default(true),
});

/** A validated RAG reasoning request. */
export type RagRequest = z.output<typeof ragRequestSchema>;
/** A function definition of a RAG reasoning request. */
export type RagTool = z.output<typeof ragToolSchema>;
