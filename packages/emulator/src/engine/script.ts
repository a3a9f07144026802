/** What a scripted reply answers with. */
export type ScriptReply =
  | { text: string }
  | { toolCalls: { name: string; arguments: Record<string, unknown> }[] }
  | { error: { status: number; code: string; message?: string } };

/** A scripted reply: when the last user message matches, the emulator answers with `reply`. */
export interface ScriptRule {
  /** A substring (case-insensitive) or a regular expression tested on the last user message. */
  match: string | RegExp;
  reply: ScriptReply;
}

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
