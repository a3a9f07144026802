/**
 * `@clova-studio/apis`: every CLOVA Studio API as a method of the {@link ClovaStudio} client and
 * as a standalone function (taking a core `Transport` first), with the zod schemas the request and
 * response types are inferred from. Core's transport and errors are re-exported. What adapters
 * build on (stream steps, routing, normalisers, the endpoint helper) is in
 * `@clova-studio/apis/internal`.
 *
 * @module
 */

// Re-exported from @clova-studio/core, so one import covers the client, its errors and streams.
export {
  APIConnectionError,
  APIError,
  APIPromise,
  APITimeoutError,
  APIUserAbortError,
  AuthenticationError,
  BadRequestError,
  type ClientOptions,
  ClovaStudioError,
  InternalServerError,
  NotFoundError,
  PayloadTooLargeError,
  PermissionDeniedError,
  RateLimitError,
  type RequestOptions,
  RequestTimeoutError,
  RequestValidationError,
  type ServerSentEvent,
  Stream,
  StreamTruncatedError,
  Transport,
  UnsupportedMediaTypeError,
} from '@clova-studio/core';
export {
  type ChatCompletionStream,
  type ChatStreamEvent,
  createChatCompletion,
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
  chatUsageSchema,
  type FinishReason,
  type ToolCall,
} from './chat/chat-completions-v3-response';
export {
  type ChatCompletionsV3TokenEvent,
  chatCompletionsV3TokenEventSchema,
  type ToolCallDelta,
} from './chat/chat-completions-v3-stream-event';
export {
  type AssistantMessage,
  type ChatMessage,
  type ContentPart,
  chatMessageSchema,
  type ImageContentPart,
  type RequestToolCall,
  type SystemMessage,
  type TextContentPart,
  type ToolMessage,
  type UserMessage,
} from './chat/chat-message-v3';
export { Chat, ChatV1 } from './chat/chat-resource';
export { ChatStream } from './chat/chat-stream';
export {
  type ChatTool,
  chatToolSchema,
  type ResponseFormat,
  responseFormatSchema,
  type ToolChoice,
  toolChoiceSchema,
} from './chat/chat-tool';
// A public type of v1 results (`stopReason`); its normaliser is plumbing (see ./internal).
export type { StopReason } from './chat/normalize-stop-reason';
export { ClovaStudio, type ClovaStudioOptions } from './client';
export { createCompletion } from './completions/completions';
export { type CompletionParams, completionParamsSchema } from './completions/completions-request';
export { Completions } from './completions/completions-resource';
export {
  type CompletionResponse,
  completionResponseSchema,
} from './completions/completions-response';
export { createEmbedding } from './embedding/create-embedding';
export { createEmbeddingV2 } from './embedding/create-embedding-v2';
export {
  type EmbedManyOptions,
  type EmbedManyProgress,
  type EmbedManyResult,
  embedMany,
} from './embedding/embed-many';
export {
  type EmbeddingModel,
  type EmbeddingParams,
  embeddingModelSchema,
  embeddingParamsSchema,
} from './embedding/embedding-request';
export { type EmbeddingResponse, embeddingResponseSchema } from './embedding/embedding-response';
export { type EmbeddingV2Params, embeddingV2ParamsSchema } from './embedding/embedding-v2-request';
export { Embeddings } from './embedding/embeddings-resource';
export {
  type ChatModel,
  type ChatModelCapabilities,
  type ChatModelId,
  chatModelCapabilities,
  type EmbeddingModelCapabilities,
  type ModelId,
  models,
} from './models';
export {
  createOpenAIChatCompletion,
  type OpenAIChatCompletionStream,
  streamOpenAIChatCompletion,
} from './openai/openai-chat';
export {
  type OpenAIChatCompletionParams,
  type OpenAIChatMessage,
  openAIChatCompletionParamsSchema,
  UNSUPPORTED_OPENAI_CHAT_FIELDS,
} from './openai/openai-chat-request';
export {
  type OpenAIChatCompletion,
  type OpenAIChatCompletionChunk,
  type OpenAIUsage,
  openAIChatCompletionChunkSchema,
  openAIChatCompletionSchema,
} from './openai/openai-chat-response';
export {
  createOpenAIEmbedding,
  type OpenAIEmbeddingParams,
  type OpenAIEmbeddingResponse,
  openAIEmbeddingParamsSchema,
  openAIEmbeddingResponseSchema,
} from './openai/openai-embeddings';
export {
  listOpenAIModels,
  type OpenAIModelList,
  openAIModelListSchema,
} from './openai/openai-models';
export {
  OpenAIChat,
  OpenAIChatCompletions,
  OpenAICompatible,
  OpenAIEmbeddings,
  OpenAIModels,
} from './openai/openai-resource';
export { createRagReasoning } from './rag-reasoning/create-rag-reasoning';
export {
  type RagReasoningMessage,
  type RagReasoningParams,
  type RagReasoningTool,
  ragReasoningMessageSchema,
  ragReasoningParamsSchema,
  ragReasoningToolSchema,
} from './rag-reasoning/rag-reasoning-request';
export { RagReasoning } from './rag-reasoning/rag-reasoning-resource';
export {
  type RagReasoningResponse,
  ragReasoningResponseSchema,
} from './rag-reasoning/rag-reasoning-response';
export { RateLimiter, type RateLimiterOptions } from './rate-limiter';
export { createRerank } from './reranker/create-rerank';
export {
  type RerankerDocument,
  type RerankerParams,
  rerankerDocumentSchema,
  rerankerParamsSchema,
} from './reranker/reranker-request';
export { Reranker } from './reranker/reranker-resource';
export {
  citedDocumentSchema,
  type RerankerResponse,
  rerankerResponseSchema,
} from './reranker/reranker-response';
export { routeQuery } from './router/route-query';
export { type RouterParams, routerParamsSchema } from './router/router-request';
export { Router } from './router/router-resource';
export {
  type RouterResponse,
  routerFilterResultSchema,
  routerResponseSchema,
} from './router/router-response';
export { createSegmentation } from './segmentation/create-segmentation';
export {
  type SegmentationParams,
  segmentationParamsSchema,
} from './segmentation/segmentation-request';
export { Segmentation } from './segmentation/segmentation-resource';
export {
  type SegmentationResponse,
  segmentationResponseSchema,
} from './segmentation/segmentation-response';
export { type AIFilter, aiFilterSchema } from './shared/ai-filter';
export type { Clock } from './shared/clock';
export { generateSkillsetFinalAnswer } from './skillset/generate-skillset-final-answer';
export { type SkillsetParams, skillsetParamsSchema } from './skillset/skillset-request';
export {
  type SkillsetApiResult,
  type SkillsetResponse,
  skillsetApiResultSchema,
  skillsetResponseSchema,
} from './skillset/skillset-response';
export { SkillsetStream } from './skillset/skillset-stream';
export {
  type SkillsetCot,
  type SkillsetFinalAnswer,
  type SkillsetPlanning,
  type SkillsetStreamEvent,
  type SkillsetToken,
  skillsetCotSchema,
  skillsetPlanningSchema,
  skillsetTokenSchema,
} from './skillset/skillset-stream-events';
export { Skillsets } from './skillset/skillsets-resource';
export { streamSkillsetFinalAnswer } from './skillset/stream-skillset-final-answer';
export {
  type SlidingWindowParams,
  type SlidingWindowResponse,
  slideChatMessages,
  slidingWindowParamsSchema,
  slidingWindowResponseSchema,
} from './sliding-window/sliding-window';
export { SlidingWindow } from './sliding-window/sliding-window-resource';
export { createSummary } from './summary/create-summary';
export { type SummaryParams, summaryParamsSchema } from './summary/summary-request';
export { Summary } from './summary/summary-resource';
export { type SummaryResponse, summaryResponseSchema } from './summary/summary-response';
export {
  type ChatTokenizeParams,
  type ChatTokenizeResponse,
  chatTokenizeParamsSchema,
  chatTokenizeResponseSchema,
  tokenizeChat,
} from './tokenizer/chat-tokenize';
export {
  type ChatTokenizeV3Params,
  type ChatTokenizeV3Response,
  chatTokenizeV3ParamsSchema,
  chatTokenizeV3ResponseSchema,
  tokenizeChatV3,
} from './tokenizer/chat-tokenize-v3';
export {
  type EmbeddingV2TokenizeParams,
  embeddingV2TokenizeParamsSchema,
  type NumTokensResponse,
  numTokensResponseSchema,
  tokenizeEmbeddingV2,
} from './tokenizer/embedding-v2-tokenize';
export { type TokenizeParams, tokenize, tokenizeParamsSchema } from './tokenizer/tokenize';
export { Tokenizer } from './tokenizer/tokenizer-resource';
export { createTraining } from './tuning/create-training';
export {
  type CreateTrainingParams,
  createTrainingParamsSchema,
} from './tuning/create-training-request';
export { deleteTraining } from './tuning/delete-training';
export { getTraining } from './tuning/get-training';
export { type ListAllTrainingsParams, listAllTrainings } from './tuning/list-all-trainings';
export { listTrainings } from './tuning/list-trainings';
export { TrainingFailedError } from './tuning/training-failed-error';
export { type TrainingListParams, trainingListParamsSchema } from './tuning/training-list-request';
export {
  type TrainingListResponse,
  trainingListResponseSchema,
} from './tuning/training-list-response';
export {
  type TrainingStatus,
  type TrainingStatusInfo,
  type TrainingTask,
  trainingStatusInfoSchema,
  trainingStatusSchema,
  trainingTaskSchema,
} from './tuning/training-task';
export { Tuning } from './tuning/tuning-resource';
export { type WaitForTrainingOptions, waitForTraining } from './tuning/wait-for-training';
export type { ClovaRequestOptions } from './validation/request-options';
export type { ValidationOptions } from './validation/validate-request';
