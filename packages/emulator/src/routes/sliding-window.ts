import { resolveModel } from '../chat/resolve-model.ts';
import { parseV1Messages } from '../chat/v1-request.ts';
import type { RegisterRoutes } from '../context.ts';
import type { Turn } from '../engine/conversation.ts';
import { turnTokens } from '../engine/prompt-tokens.ts';
import { fail } from '../http/fail.ts';
import { ok } from '../http/respond.ts';
import { objectBody, optionalNumber } from '../validate.ts';

/**
 * Drops the oldest turns until the messages plus `maxTokens` fit `limit`. [UNCONFIRMED] choices:
 * the system message is always kept, a user turn goes together with the assistant answer after
 * it, and the last message is never dropped (`40003` when even that does not fit).
 */
export function slideWindow(
  turns: readonly Turn[],
  maxTokens: number,
  limit: number,
  count: (turn: Turn) => number = turnTokens,
): Turn[] {
  // linear: each turn's tokens are counted once (`count`), and the oldest turns go from the front
  const tokens = turns.map((turn) => count(turn));
  let total = tokens.reduce((n, t) => n + t, maxTokens);
  const dropped = new Set<number>();
  const last = turns.length - 1;
  let first = 0;
  while (total > limit) {
    while (first <= last && turns[first]?.role === 'system') first++;
    if (first >= last) throw fail('40003');
    const pair =
      turns[first]?.role === 'user' && turns[first + 1]?.role === 'assistant' && first + 1 < last;
    for (const index of pair ? [first, first + 1] : [first]) {
      dropped.add(index);
      total -= tokens[index] ?? 0;
    }
    first += pair ? 2 : 1;
  }
  return turns.filter((_, index) => !dropped.has(index));
}

/** The documented limit: message tokens plus `maxTokens` may not exceed 4,096. */
export const SLIDING_LIMIT = 4096;

/** Sliding window: `POST /v1/api-tools/sliding/chat-messages/{model}`. */
export const registerSlidingWindowRoutes: RegisterRoutes = (app) => {
  app.post('/v1/api-tools/sliding/chat-messages/:model', (c) => {
    const model = resolveModel(c.req.param('model'), ['v1', 'v3']);
    const body = objectBody(c.get('body'));
    const maxTokens =
      optionalNumber(body, 'maxTokens', { min: 0, minExclusive: true, max: 4096, integer: true }) ??
      100;
    const turns = parseV1Messages(body.messages);
    const messages = slideWindow(turns, maxTokens, Math.min(SLIDING_LIMIT, model.context)).map(
      (t) => ({
        role: t.role,
        content: t.text,
      }),
    );
    return ok(c, { messages });
  });
};
