import type { ChatModelId } from '@clova-studio/apis';
import * as z from 'zod';

/**
 * A chat model id: a documented model (`HCX-007`, `HCX-005`, `HCX-DASH-002`, `HCX-003`,
 * `HCX-DASH-001`, autocompleted), a tuned task as `ft:<taskId>`, or any other string.
 */
export type ClovaStudioChatModelId = ChatModelId | `ft:${string}` | (string & {});

/**
 * `providerOptions.clovaStudio` of a chat call: CLOVA Studio settings the AI SDK has no name for.
 *
 * @example
 * ```ts
 * providerOptions: { clovaStudio: { thinking: { effort: 'high' }, includeAiFilters: true } }
 * ```
 */
export const clovaStudioChatOptionsSchema = z.object({
  /** Reasoning (HCX-007 only): `none`, `low` (the service default), `medium`, `high`. Wins over `reasoning`. */
  thinking: z.object({ effort: z.enum(['none', 'low', 'medium', 'high']) }).optional(),
  /** Penalty for repeated tokens, 0 < x ≤ 2 (service default 1.1). */
  repetitionPenalty: z.number().optional(),
  /** Adds the content-filter scores (`aiFilter`) to `providerMetadata.clovaStudio.aiFilter`. */
  includeAiFilters: z.boolean().optional(),
  /** A tuned task id: the call goes to `/v3/tasks/{taskId}/chat-completions` (same as model id `ft:<taskId>`). */
  taskId: z.string().min(1).optional(),
  /** Sent as `X-NCP-CLOVASTUDIO-REQUEST-ID` (default: a fresh UUID per call). */
  requestId: z.string().min(1).optional(),
  /** `false` skips the client-side validation of `@clova-studio/apis` for this call (default `true`). */
  validate: z.boolean().optional(),
});

/** `providerOptions.clovaStudio` of a chat call (see {@link clovaStudioChatOptionsSchema}). */
export type ClovaStudioChatOptions = z.infer<typeof clovaStudioChatOptionsSchema>;
