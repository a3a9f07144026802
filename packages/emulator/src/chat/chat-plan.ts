import type { JsonSchema, ToolSpec, Turn } from '../engine/conversation.ts';
import type { ToolChoice } from '../engine/generate.ts';
import type { ModelInfo } from '../engine/models.ts';
import { promptTokens } from '../engine/prompt-tokens.ts';
import type { ThinkingEffort } from '../engine/thinking.ts';
import { fail } from '../http/fail.ts';
import {
  checkNumbers,
  type JsonObject,
  type NumberRule,
  optionalBoolean,
  stringList,
} from '../validate.ts';

/** A validated chat request, whichever API it came from. */
export interface ChatPlan {
  /** The model (or tuned task) that answers. */
  model: ModelInfo;
  /** The conversation, validated. */
  turns: Turn[];
  /** Functions the model may call. */
  tools: ToolSpec[];
  /** How the model may use `tools`. */
  toolChoice: ToolChoice;
  /** Completion cap in tokens (thinking included). */
  maxTokens: number;
  /** Stop strings. */
  stop: string[];
  /** The seed the caller asked for (`undefined` or 0: pick one). */
  seed: number | undefined;
  /** Thinking effort (`none` on models without reasoning). */
  thinking: ThinkingEffort;
  /** Structured-output schema, when asked for. */
  responseSchema?: JsonSchema;
  /** Whether the answer carries `aiFilter` results. */
  includeAiFilters: boolean;
  /** Prompt tokens, counted once with the shared tokenizer. */
  promptTokens: number;
}

/** Counts the prompt and enforces the model's input and context limits (`40003`). */
export function withPromptTokens(plan: Omit<ChatPlan, 'promptTokens'>): ChatPlan {
  const prompt = promptTokens(plan.turns, plan.tools, plan.responseSchema);
  if (prompt > plan.model.maxInput || prompt + plan.maxTokens > plan.model.context)
    throw fail('40003');
  return { ...plan, promptTokens: prompt };
}

/**
 * The fields every chat API checks alike: its number fields (`numbers`, in the order they are
 * checked), then the stop list (`stopField`) and `includeAiFilters`.
 */
export function sharedChatFields<K extends string>(
  body: JsonObject,
  numbers: Readonly<Record<K, NumberRule>>,
  stopField: 'stop' | 'stopBefore',
): Record<K, number | undefined> & { stop: string[]; includeAiFilters: boolean } {
  return {
    ...checkNumbers(body, numbers),
    stop: stringList(body, stopField),
    includeAiFilters: optionalBoolean(body, 'includeAiFilters') ?? false,
  };
}
