import { createRandom, hash32, type Random, toolCallIdFrom } from '../random.ts';
import { countTokens, truncateTokens } from '../text/tokenizer.ts';
import {
  type JsonSchema,
  lastUserText,
  type ToolCall,
  type ToolSpec,
  type Turn,
} from './conversation.ts';
import { composeReply } from './reply.ts';
import { valueForSchema } from './schema-value.ts';
import type { ScriptReply } from './script.ts';
import { composeThinking, type ThinkingEffort } from './thinking.ts';
import { matchedWords, pickTool } from './tool-pick.ts';

/** How the model may use tools. */
export type ToolChoice = 'auto' | 'none' | { name: string };

/** Everything the generator needs, whichever API the request came from. */
export interface GenerateInput {
  turns: readonly Turn[];
  tools: readonly ToolSpec[];
  toolChoice: ToolChoice;
  /** Completion cap in tokens (thinking included). */
  maxTokens: number;
  stop: readonly string[];
  /** The seed in use (non-zero). */
  seed: number;
  thinking: ThinkingEffort;
  responseSchema?: JsonSchema;
  /** A scripted reply that replaces the generated one (errors are raised before generating). */
  script?: Exclude<ScriptReply, { error: unknown }>;
  /** Emulator time in ms. */
  now: number;
}

/** What the model "said". */
export interface Generation {
  content: string;
  thinkingContent: string;
  toolCalls: ToolCall[];
  /** `stop` (natural end or stop string), `length` (cap) or `tool_calls`. */
  finishReason: 'stop' | 'length' | 'tool_calls';
  /** Whether the answer ended on a stop string. */
  stoppedBySequence: boolean;
  completionTokens: number;
  thinkingTokens: number;
  /** The generator's random source, to draw ids from (deterministic for a given seed). */
  random: Random;
}

function chooseTool(input: GenerateInput, question: string): ToolSpec | undefined {
  const { tools, toolChoice, turns } = input;
  if (!tools.length || toolChoice === 'none' || turns.at(-1)?.role === 'tool') return undefined;
  if (typeof toolChoice === 'object') return tools.find((t) => t.name === toolChoice.name);
  return pickTool(tools, question);
}

function cutAtStop(text: string, stop: readonly string[]): { text: string; cut: boolean } {
  let at = -1;
  for (const s of stop) {
    if (!s) continue;
    const i = text.indexOf(s);
    if (i >= 0 && (at < 0 || i < at)) at = i;
  }
  return at < 0 ? { text, cut: false } : { text: text.slice(0, at), cut: true };
}

/** Generates the model's answer to a request: deterministic for a given seed and conversation. */
export function generate(input: GenerateInput): Generation {
  const question = lastUserText(input.turns);
  const random = createRandom(hash32(input.seed, question, input.turns.length));
  const base = {
    content: '',
    thinkingContent: '',
    toolCalls: [] as ToolCall[],
    stoppedBySequence: false,
    thinkingTokens: 0,
    random,
  };

  if (input.script && 'toolCalls' in input.script) {
    const toolCalls = input.script.toolCalls.map((c) => ({
      id: toolCallIdFrom(random),
      name: c.name,
      arguments: c.arguments,
    }));
    return {
      ...base,
      toolCalls,
      finishReason: 'tool_calls',
      completionTokens: toolCallTokens(toolCalls),
    };
  }

  const tool = input.script ? undefined : chooseTool(input, question);
  if (tool) {
    const args = valueForSchema(tool.parameters ?? { type: 'object', properties: {} }, {
      text: question,
      random,
      now: input.now,
      exclude: matchedWords(tool, question),
    });
    const toolCalls = [
      {
        id: toolCallIdFrom(random),
        name: tool.name,
        arguments: (args ?? {}) as Record<string, unknown>,
      },
    ];
    return {
      ...base,
      toolCalls,
      finishReason: 'tool_calls',
      completionTokens: toolCallTokens(toolCalls),
    };
  }

  let thinking = composeThinking(question, input.thinking, random);
  let thinkingTokens = 0;
  let budget = input.maxTokens;
  if (thinking) {
    const cut = truncateTokens(thinking, budget);
    thinking = cut.text;
    thinkingTokens = countTokens(thinking);
    budget -= thinkingTokens;
    if (cut.truncated || budget <= 0) {
      return {
        ...base,
        thinkingContent: thinking,
        thinkingTokens,
        finishReason: 'length',
        completionTokens: thinkingTokens,
      };
    }
  }

  let text: string;
  if (input.script) text = input.script.text;
  else if (input.responseSchema) {
    text = JSON.stringify(
      valueForSchema(input.responseSchema, { text: question, random, now: input.now }),
      null,
      2,
    );
  } else text = composeReply(input.turns, random);

  const stopped = cutAtStop(text, input.stop);
  const capped = truncateTokens(stopped.text, budget);
  return {
    ...base,
    content: capped.text,
    thinkingContent: thinking,
    thinkingTokens,
    stoppedBySequence: stopped.cut && !capped.truncated,
    finishReason: capped.truncated ? 'length' : 'stop',
    completionTokens: countTokens(capped.text) + thinkingTokens,
  };
}

function toolCallTokens(calls: readonly ToolCall[]): number {
  return calls.reduce(
    (sum, c) => sum + countTokens(c.name) + countTokens(JSON.stringify(c.arguments)),
    0,
  );
}
