import { z } from 'zod';

/** What a scripted reply answers with: text, tool calls, or an error. */
export const scriptReplySchema = z.union([
  z.object({ text: z.string() }),
  z.object({
    toolCalls: z.array(
      z.object({ name: z.string().min(1), arguments: z.record(z.string(), z.unknown()) }),
    ),
  }),
  z.object({
    error: z.object({
      status: z.number().int().min(400).max(599),
      code: z.string().regex(/^\d{5}$/),
      /** Defaults to the documented message of `code`. */
      message: z.string().optional(),
    }),
  }),
]);

/** A scripted reply: when the last user message matches, the emulator answers with `reply`. */
export const scriptRuleSchema = z.object({
  /** A substring (case-insensitive) or a regular expression tested on the last user message. */
  match: z.union([z.string(), z.instanceof(RegExp)]),
  reply: scriptReplySchema,
});

/** What a scripted reply answers with. */
export type ScriptReply = z.infer<typeof scriptReplySchema>;
/** A scripted reply rule. */
export type ScriptRule = z.infer<typeof scriptRuleSchema>;

/** The first rule whose `match` fits `text`, if any. */
export function findScript(rules: readonly ScriptRule[], text: string): ScriptReply | undefined {
  const lower = text.toLowerCase();
  for (const rule of rules) {
    if (
      typeof rule.match === 'string'
        ? lower.includes(rule.match.toLowerCase())
        : rule.match.test(text)
    ) {
      if (rule.match instanceof RegExp) rule.match.lastIndex = 0;
      return rule.reply;
    }
  }
  return undefined;
}
