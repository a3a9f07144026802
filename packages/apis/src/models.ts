/** What a chat model can do, per the CLOVA Studio model table (chat.md §10). */
export interface ChatModelCapabilities {
  /** Always `chat`. */
  readonly kind: 'chat';
  /** Native API the model is served by: `v3` (`/v3/chat-completions`) or `v1` (`/v1/chat-completions`). Every chat model is also on the OpenAI-compatible layer. */
  readonly apiVersion: 'v1' | 'v3';
  /** Input plus output tokens. */
  readonly contextWindow: number;
  /** Maximum input tokens. */
  readonly maxInputTokens: number;
  /** Maximum output tokens. */
  readonly maxOutputTokens: number;
  /** The request field that caps output: `maxTokens`, or `maxCompletionTokens` for reasoning models. */
  readonly outputLimitField: 'maxTokens' | 'maxCompletionTokens';
  /** Accepts image input (≤ 1 per turn, ≤ 5 per request). */
  readonly images: boolean;
  /** Accepts function calling (`tools`). */
  readonly tools: boolean;
  /** Accepts `thinking` (reasoning). */
  readonly thinking: boolean;
  /** Accepts `responseFormat` (structured outputs). */
  readonly structuredOutputs: boolean;
  /** Can be tuned into a task (`taskId`); `undefined` where the docs are ambiguous. */
  readonly tuning: boolean | undefined;
}

/** What an embedding model can do. */
export interface EmbeddingModelCapabilities {
  /** Always `embedding`. */
  readonly kind: 'embedding';
  /** Native API: `v1` (`/v1/api-tools/embedding/{model}`) or `v2` (`/v1/api-tools/embedding/v2`, also `bge-m3` on the OpenAI-compatible layer). */
  readonly apiVersion: 'v1' | 'v2';
  /** Maximum input tokens per text. */
  readonly maxInputTokens: number;
  /** Vector length. */
  readonly dimensions: number;
}

const v3 = { kind: 'chat', apiVersion: 'v3' } as const;
const v1 = {
  kind: 'chat',
  apiVersion: 'v1',
  maxOutputTokens: 4096,
  outputLimitField: 'maxTokens',
  images: false,
  tools: false,
  thinking: false,
  structuredOutputs: false,
  tuning: true,
} as const;

/**
 * Capability table of the documented CLOVA Studio models.
 *
 * @example
 * ```ts
 * models['HCX-005'].images; // true
 * ```
 */
export const models = {
  /** Reasoning model: thinking, tools (with `thinking.effort: 'none'`), structured outputs. */
  'HCX-007': {
    ...v3,
    contextWindow: 128_000,
    maxInputTokens: 128_000,
    maxOutputTokens: 32_768,
    outputLimitField: 'maxCompletionTokens',
    images: false,
    tools: true,
    thinking: true,
    structuredOutputs: true,
    tuning: false,
  },
  /** Vision model: text and images, tools (not together with images). */
  'HCX-005': {
    ...v3,
    contextWindow: 128_000,
    maxInputTokens: 128_000,
    maxOutputTokens: 4096,
    outputLimitField: 'maxTokens',
    images: true,
    tools: true,
    thinking: false,
    structuredOutputs: false,
    tuning: undefined,
  },
  /** Lightweight model. */
  'HCX-DASH-002': {
    ...v3,
    contextWindow: 32_000,
    maxInputTokens: 32_000,
    maxOutputTokens: 4096,
    outputLimitField: 'maxTokens',
    images: false,
    tools: true,
    thinking: false,
    structuredOutputs: false,
    tuning: true,
  },
  /** Previous-generation model, Chat Completions v1 only. */
  'HCX-003': { ...v1, contextWindow: 8192, maxInputTokens: 7600 },
  /** Previous-generation lightweight model, Chat Completions v1 only. */
  'HCX-DASH-001': { ...v1, contextWindow: 4096, maxInputTokens: 3500 },
  /** Embedding v2 (general purpose, multilingual). */
  'bge-m3': { kind: 'embedding', apiVersion: 'v2', maxInputTokens: 8192, dimensions: 1024 },
  /** Embedding v1, general purpose. */
  'clir-emb-dolphin': {
    kind: 'embedding',
    apiVersion: 'v1',
    maxInputTokens: 500,
    dimensions: 1024,
  },
  /** Embedding v1, tuned for sentence similarity. */
  'clir-sts-dolphin': {
    kind: 'embedding',
    apiVersion: 'v1',
    maxInputTokens: 500,
    dimensions: 1024,
  },
} as const satisfies Record<string, ChatModelCapabilities | EmbeddingModelCapabilities>;

/** A documented model id. */
export type ModelId = keyof typeof models;

/** A documented chat model id. */
export type ChatModelId = {
  [K in ModelId]: (typeof models)[K] extends { kind: 'chat' } ? K : never;
}[ModelId];

/** A chat model id: a documented one (autocompleted) or any other string. */
export type ChatModel = ChatModelId | (string & {});

/** The capabilities of a documented chat model, or `undefined` for other model ids. */
export function chatModelCapabilities(
  model: string | undefined,
): ChatModelCapabilities | undefined {
  const entry =
    model === undefined
      ? undefined
      : (models as Record<string, ChatModelCapabilities | EmbeddingModelCapabilities>)[model];
  return entry?.kind === 'chat' ? entry : undefined;
}
