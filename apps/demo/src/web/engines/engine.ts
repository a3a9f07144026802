import type { UIMessage, UIMessageChunk } from 'ai';
import type { ChatModelId } from '../protocol.ts';

/** Where an engine sends its upstream calls: the target's key and URL, plus any extra headers. */
export interface UpstreamConnection {
  readonly apiKey: string;
  readonly baseURL: string;
  /** Extra request headers (the emulator's fault header when the page simulates a failure). */
  readonly headers: Readonly<Record<string, string>>;
  /** Retries on 429/5xx; 0 when a failure is simulated, so it shows at once. */
  readonly maxRetries: number;
}

/** What an engine gets for one `POST /api/chat`. */
export interface EngineRequest {
  readonly messages: readonly UIMessage[];
  readonly model: ChatModelId;
  readonly connection: UpstreamConnection;
  /** Aborted when the page closes the connection (the stop button). */
  readonly signal: AbortSignal;
}

/** Answers one chat request with the UI message stream `useChat` reads. */
export type ChatEngineHandler = (request: EngineRequest) => Promise<ReadableStream<UIMessageChunk>>;
