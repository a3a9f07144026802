import { countTokens } from '../text/tokenizer.ts';
import type { JsonSchema, ToolSpec, Turn } from './conversation.ts';

/** Tokens added per message for the role and turn markers. */
export const MESSAGE_OVERHEAD = 3;
/** Tokens an image counts for (the documented calibration example). */
export const IMAGE_TOKENS = 1478;

/** Tokens of one message: its text, images, tool calls and the turn markers. */
export function turnTokens(turn: Turn): number {
  let total = MESSAGE_OVERHEAD + countTokens(turn.text) + turn.images * IMAGE_TOKENS;
  for (const call of turn.toolCalls ?? [])
    total += countTokens(call.name) + countTokens(JSON.stringify(call.arguments));
  return total;
}

/** Tokens of a tool list, as the v3 calculator reports them. */
export function toolsTokens(tools: readonly ToolSpec[]): number {
  return tools.length ? countTokens(JSON.stringify(tools)) : 0;
}

/** Tokens of a structured-output schema. */
export function schemaTokens(schema: JsonSchema | undefined): number {
  return schema ? countTokens(JSON.stringify(schema)) : 0;
}

/** Prompt tokens of a whole request: messages, tools and schema. */
export function promptTokens(
  turns: readonly Turn[],
  tools: readonly ToolSpec[] = [],
  schema?: JsonSchema,
): number {
  return (
    turns.reduce((sum, t) => sum + turnTokens(t), 0) + toolsTokens(tools) + schemaTokens(schema)
  );
}
