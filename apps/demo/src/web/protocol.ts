/**
 * What the chat page and its server agree on: the models and engines on offer, the extra fields
 * of the `useChat` request body, and the metadata each answer carries. Plain types and constants
 * only, so the browser bundle can import it without pulling in server code.
 */

/** The chat models the page offers (HCX-007 reasons before it answers). */
export const CHAT_MODELS = ['HCX-005', 'HCX-007', 'HCX-DASH-002'] as const;
/** One of {@link CHAT_MODELS}. */
export type ChatModelId = (typeof CHAT_MODELS)[number];

/** How the server answers: `streamText` over our AI SDK provider, or a LangChain agent over `ChatClovaX`. */
export const CHAT_ENGINES = ['ai-sdk', 'langchain'] as const;
/** One of {@link CHAT_ENGINES}. */
export type ChatEngine = (typeof CHAT_ENGINES)[number];

/** Failures the page can ask the emulator to inject (emulator target only). */
export const SIMULATED_FAILURES = ['rate-limit', 'bad-key'] as const;
/** One of {@link SIMULATED_FAILURES}. */
export type SimulatedFailure = (typeof SIMULATED_FAILURES)[number];

/** Fields the page adds to the `useChat` body (`{ id, messages, trigger, messageId }`). */
export interface ChatRequestOptions {
  readonly model: ChatModelId;
  readonly engine: ChatEngine;
  /** Emulator only: make the upstream call fail this way. */
  readonly simulate?: SimulatedFailure | undefined;
}

/** Token counts of one answer (all steps together). */
export interface ChatUsage {
  readonly inputTokens?: number | undefined;
  readonly outputTokens?: number | undefined;
  readonly reasoningTokens?: number | undefined;
  readonly totalTokens?: number | undefined;
}

/** Metadata of an assistant message, sent with the stream's `start` and `finish` chunks. */
export interface ChatMessageMetadata {
  readonly model?: ChatModelId;
  readonly engine?: ChatEngine;
  /** Set on `finish`. */
  readonly usage?: ChatUsage;
}

/** What `GET /api/config` returns: what the page should offer. */
export interface ChatConfig {
  /** `emulator` (offline) or `service` (the real CLOVA Studio). */
  readonly target: 'emulator' | 'service';
  readonly models: readonly ChatModelId[];
  readonly engines: readonly ChatEngine[];
  /** Failures the page may simulate (empty against the real service). */
  readonly simulations: readonly SimulatedFailure[];
}
