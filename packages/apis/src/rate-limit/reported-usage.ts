type Obj = Record<string, unknown>;

const isObj = (v: unknown): v is Obj => v !== null && typeof v === 'object';
const num = (v: unknown): number | undefined =>
  typeof v === 'number' && Number.isFinite(v) ? v : undefined;

/**
 * The tokens a call used, as its answer (a JSON body, or the data of a stream's `result` event)
 * reports them: `usage.totalTokens` (or prompt + completion), the OpenAI layer's `usage`,
 * `inputTokens` (+ `outputTokens`) of the tools, `inputLength` + `outputLength` of Chat v1.
 * `undefined` when the answer reports none.
 */
export function reportedTokens(answer: unknown): number | undefined {
  if (!isObj(answer)) return undefined;
  const result = isObj(answer.result) ? answer.result : answer;
  const usage = isObj(result.usage) ? result.usage : undefined;
  if (usage) {
    const total = num(usage.totalTokens) ?? num(usage.total_tokens);
    if (total !== undefined) return total;
    const prompt = num(usage.promptTokens) ?? num(usage.prompt_tokens) ?? num(usage.inputTokens);
    const output =
      num(usage.completionTokens) ?? num(usage.completion_tokens) ?? num(usage.outputTokens);
    if (prompt !== undefined || output !== undefined) return (prompt ?? 0) + (output ?? 0);
  }
  const input = num(result.inputTokens) ?? num(result.inputLength);
  const output = num(result.outputTokens) ?? num(result.outputLength);
  if (input !== undefined || output !== undefined) return (input ?? 0) + (output ?? 0);
  return undefined;
}
