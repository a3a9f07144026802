// Chat Completions (v3, v1, routing, streams)
export {
  type ChatCompletionStream,
  type ChatStreamEvent,
  chatStreamStep,
  createChatCompletion,
  parseChatStreamEvent,
  routeChatCompletion,
  streamChatCompletion,
} from './chat/chat-completions';
export {
  type ChatCompletionsV1Stream,
  type ChatCompletionsV1StreamEvent,
  createChatCompletionV1,
  streamChatCompletionV1,
} from './chat/chat-completions-v1';
export {
  type ChatCompletionsV1Params,
  chatCompletionsV1ParamsSchema,
} from './chat/chat-completions-v1-request';
export {
  type ChatCompletionsV1Response,
  type ChatCompletionsV1TokenEvent,
  chatCompletionsV1ResponseSchema,
  chatCompletionsV1TokenEventSchema,
} from './chat/chat-completions-v1-response';
export {
  type ChatCompletionsV3Params,
  chatCompletionsV3ParamsSchema,
} from './chat/chat-completions-v3-request';
export {
  type ChatCompletion,
  type ChatCompletionMessage,
  type ChatUsage,
  chatCompletionsV3ResponseSchema,
  type FinishReason,
  type ToolCall,
} from './chat/chat-completions-v3-response';
export {
  type ChatCompletionsV3TokenEvent,
  chatCompletionsV3TokenEventSchema,
  type ToolCallDelta,
} from './chat/chat-completions-v3-stream-event';
export { ChatMessageAccumulator, type MessageDelta } from './chat/chat-message-accumulator';
export { type ChatMessage, type ContentPart, chatMessageSchema } from './chat/chat-message-v3';
export { ChatStream, type StreamFinal, type StreamStep } from './chat/chat-stream';
export { type ChatTool, chatToolSchema } from './chat/chat-tool';
export { normalizeStopReason, type StopReason } from './chat/normalize-stop-reason';
export { ClovaStudio, type ClovaStudioOptions } from './client';
export {
  type ChatModel,
  type ChatModelCapabilities,
  type ChatModelId,
  chatModelCapabilities,
  type EmbeddingModelCapabilities,
  type ModelId,
  models,
} from './models';
export { APIResource, type ResourceContext } from './resources/api-resource';
export { Chat, ChatV1 } from './resources/chat';
export { type AIFilter, aiFilterSchema } from './shared/ai-filter';
export { normalizeCreated } from './shared/normalize-created';
export { normalizeToolArguments, type ToolArguments } from './shared/normalize-tool-arguments';
export type { ClovaRequestOptions } from './validation/request-options';
export { type ValidationOptions, validateRequest } from './validation/validate-request';
