import * as z from 'zod/mini';
import type { ChatModel } from '../models.ts';
import { suggestModelId, unknownModelMessage } from '../shared/suggest-model.ts';

/**
 * A chat model id: any non-empty string, typed as {@link ChatModel} so editors suggest the
 * documented ids (`HCX-007`, `HCX-005`, …) while custom ids still type-check. A slip in a
 * documented id (`hcx-005`) is reported with the id it resembles; an id the table does not know
 * at all is left to the service (it may be newer than this table).
 */
export const chatModelSchema = z.string().check(
  z.minLength(1),
  z.refine((model) => suggestModelId(model) === undefined, {
    error: (issue) => {
      const model = String(issue.input);
      return unknownModelMessage(model, suggestModelId(model) ?? '');
    },
  }),
) as unknown as z.ZodMiniType<ChatModel, ChatModel>;
