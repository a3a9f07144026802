import * as z from 'zod/mini';

/** Arguments of a tool call, as a JSON object. */
export type ToolArguments = Record<string, unknown>;

/**
 * Turns tool-call `arguments` into an object. The native API sends an object; the
 * OpenAI-compatible layer may send a JSON string. A string that is not a JSON object yields `{}`
 * (the raw text stays available on streams through the accumulator's `partialJson`).
 */
export function normalizeToolArguments(value: unknown): ToolArguments {
  if (typeof value === 'string') {
    if (value.trim() === '') return {};
    try {
      return normalizeToolArguments(JSON.parse(value) as unknown);
    } catch {
      return {};
    }
  }
  if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
    return value as ToolArguments;
  }
  return {};
}

/** Schema of tool-call `arguments`: an object or a JSON string, parsed into an object. */
export const toolArgumentsSchema = z.pipe(z.unknown(), z.transform(normalizeToolArguments));
