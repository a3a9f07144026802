import type { ChatModelId } from '../protocol.ts';

/** The system prompt both engines use. */
export const INSTRUCTIONS =
  'You are a concise, friendly assistant in a demo chat. Use the get_weather tool for weather ' +
  'questions and the calculator tool for arithmetic; answer from their results.';

/**
 * Whether a model answers with reasoning. HCX-007 thinks (effort `low`); CLOVA does not combine
 * thinking with tools, so on HCX-007 the engines offer no tools.
 */
export function usesThinking(model: ChatModelId): boolean {
  return model === 'HCX-007';
}
