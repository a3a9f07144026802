import type { LanguageModelV4Prompt } from '@ai-sdk/provider';
import { tool } from 'ai';
import * as z from 'zod';

/** A 1×1 PNG. */
export const PNG_BASE64 =
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==';

/** The same PNG as bytes. */
export const PNG_BYTES = Uint8Array.from(Buffer.from(PNG_BASE64, 'base64'));

/** The weather tool of the function-calling docs, executed locally. */
export const weatherTools = {
  get_weather: tool({
    description: 'Weather lookup tool',
    inputSchema: z.object({ location: z.string().describe('City name') }),
    execute: async ({ location }) => ({ location, temperature: 21 }),
  }),
};

/** The block parts of an HCX-007 answer, in stream order: reasoning, then text. */
export const REASONING_THEN_TEXT = [
  'reasoning-start',
  'reasoning-delta',
  'reasoning-end',
  'text-start',
  'text-delta',
  'text-end',
];

/** A one-message V4 prompt, for calling `doGenerate` / `doStream` directly. */
export const helloPrompt: LanguageModelV4Prompt = [
  { role: 'user', content: [{ type: 'text', text: 'Hello' }] },
];

/** What `promise` rejects with (`undefined` when it resolves). */
export async function rejectionOf(promise: PromiseLike<unknown>): Promise<unknown> {
  try {
    await promise;
    return undefined;
  } catch (error) {
    return error;
  }
}
