import * as z from 'zod/mini';
import type { ChatModel } from '../models.ts';

/**
 * A chat model id: any non-empty string, typed as {@link ChatModel} so editors suggest the
 * documented ids (`HCX-007`, `HCX-005`, …) while custom ids still type-check.
 */
export const chatModelSchema = z.string().check(z.minLength(1)) as unknown as z.ZodMiniType<
  ChatModel,
  ChatModel
>;
