import { safeValidateUIMessages, type UIMessage } from 'ai';
import { z } from 'zod';
import {
  CHAT_ENGINES,
  CHAT_MODELS,
  type ChatRequestOptions,
  SIMULATED_FAILURES,
} from './protocol.ts';

/** The `useChat` body (`id`, `messages`, `trigger`, `messageId`) plus the page's own fields. */
const chatBodySchema = z.object({
  messages: z.array(z.unknown()).min(1),
  model: z.enum(CHAT_MODELS),
  engine: z.enum(CHAT_ENGINES),
  simulate: z.enum(SIMULATED_FAILURES).optional(),
});

/** A checked `POST /api/chat` body. */
export interface ChatRequest extends ChatRequestOptions {
  readonly messages: UIMessage[];
}

/** Parses a `POST /api/chat` body; the error names the first bad field. */
export async function parseChatRequest(
  raw: string,
): Promise<{ ok: true; value: ChatRequest } | { ok: false; error: string }> {
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    return { ok: false, error: 'The body is not JSON.' };
  }
  const body = chatBodySchema.safeParse(json);
  if (!body.success) {
    const issue = body.error.issues[0];
    return {
      ok: false,
      error: `${issue?.path.join('.') || 'body'}: ${issue?.message ?? 'invalid'}`,
    };
  }
  const messages = await safeValidateUIMessages({ messages: body.data.messages });
  if (!messages.success) return { ok: false, error: `messages: ${messages.error.message}` };
  return { ok: true, value: { ...body.data, messages: messages.data } };
}
