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
  DEFAULT_BASE_URL,
  InternalServerError,
  NotFoundError,
  newRequestId,
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
  type WithResponse,
} from '@clova-studio/core';
export {
  type ChatCompletionStream,
  type ChatStreamEvent,
  createChatCompletion,
  streamChatCompletion,
} from './chat/chat-completions.ts';
export {
  type ChatCompletionsV1Stream,
  type ChatCompletionsV1StreamEvent,
  createChatCompletionV1,
  streamChatCompletionV1,
} from './chat/chat-completions-v1.ts';
export {
  type ChatCompletionsV1Params,
  chatCompletionsV1ParamsSchema,
} from './chat/chat-completions-v1-request.ts';
export {
  type ChatCompletionsV1Response,
  type ChatCompletionsV1TokenEvent,
  chatCompletionsV1ResponseSchema,
  chatCompletionsV1TokenEventSchema,
} from './chat/chat-completions-v1-response.ts';
export {
  type ChatCompletionsV3Params,
  chatCompletionsV3ParamsSchema,
} from './chat/chat-completions-v3-request.ts';
export {
  type ChatCompletion,
  type ChatCompletionMessage,
  type ChatUsage,
  chatCompletionsV3ResponseSchema,
  chatUsageSchema,
  type FinishReason,
  type ToolCall,
} from './chat/chat-completions-v3-response.ts';
export {
  type ChatCompletionsV3TokenEvent,
  chatCompletionsV3TokenEventSchema,
  type ToolCallDelta,
} from './chat/chat-completions-v3-stream-event.ts';
// Types that the public signatures above name (their values are in `@clova-studio/apis/internal`).
export type { ChatMessageAccumulator, MessageDelta } from './chat/chat-message-accumulator.ts';
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
} from './chat/chat-message-v3.ts';
export { Chat, ChatV1 } from './chat/chat-resource.ts';
export type { StreamFinal, StreamStep } from './chat/chat-stream.ts';
export { ChatStream } from './chat/chat-stream.ts';
export {
  type ChatTool,
  chatToolSchema,
  type ResponseFormat,
  responseFormatSchema,
  type ToolChoice,
  type ToolChoiceFunction,
  toolChoiceSchema,
} from './chat/chat-tool.ts';
// A public type of v1 results (`stopReason`); its normaliser is plumbing (see ./internal).
export type { StopReason } from './chat/normalize-stop-reason.ts';
export { ClovaStudio, type ClovaStudioOptions } from './client.ts';
export { createCompletion } from './completions/completions.ts';
export {
  type CompletionParams,
  completionParamsSchema,
} from './completions/completions-request.ts';
export { Completions } from './completions/completions-resource.ts';
export {
  type CompletionResponse,
  completionResponseSchema,
} from './completions/completions-response.ts';
export { createEmbedding } from './embedding/create-embedding.ts';
export { createEmbeddingV2 } from './embedding/create-embedding-v2.ts';
export {
  type EmbedManyOptions,
  type EmbedManyProgress,
  type EmbedManyResult,
  embedMany,
} from './embedding/embed-many.ts';
export {
  type EmbeddingModel,
  type EmbeddingParams,
  embeddingModelSchema,
  embeddingParamsSchema,
} from './embedding/embedding-request.ts';
export { type EmbeddingResponse, embeddingResponseSchema } from './embedding/embedding-response.ts';
export {
  type EmbeddingV2Params,
  embeddingV2ParamsSchema,
} from './embedding/embedding-v2-request.ts';
export { Embeddings } from './embedding/embeddings-resource.ts';
export {
  type ChatModel,
  type ChatModelCapabilities,
  type ChatModelId,
  chatModelCapabilities,
  type EmbeddingModelCapabilities,
  type ModelId,
  models,
} from './models.ts';
export {
  createOpenAIChatCompletion,
  type OpenAIChatCompletionStream,
  streamOpenAIChatCompletion,
} from './openai/openai-chat.ts';
export {
  type OpenAIChatCompletionParams,
  type OpenAIChatMessage,
  openAIChatCompletionParamsSchema,
  UNSUPPORTED_OPENAI_CHAT_FIELDS,
} from './openai/openai-chat-request.ts';
export {
  type OpenAIChatCompletion,
  type OpenAIChatCompletionChunk,
  type OpenAIToolCall,
  type OpenAIUsage,
  openAIChatCompletionChunkSchema,
  openAIChatCompletionSchema,
} from './openai/openai-chat-response.ts';
export { createOpenAIEmbedding } from './openai/openai-embeddings.ts';
export {
  type OpenAIEmbeddingParams,
  openAIEmbeddingParamsSchema,
} from './openai/openai-embeddings-request.ts';
export {
  type OpenAIEmbeddingResponse,
  openAIEmbeddingResponseSchema,
} from './openai/openai-embeddings-response.ts';
export {
  listOpenAIModels,
  type OpenAIModelList,
  openAIModelListSchema,
} from './openai/openai-models.ts';
export {
  OpenAIChat,
  OpenAIChatCompletions,
  OpenAICompatible,
  OpenAIEmbeddings,
  OpenAIModels,
} from './openai/openai-resource.ts';
export { createRagReasoning } from './rag-reasoning/create-rag-reasoning.ts';
export {
  type RagReasoningMessage,
  type RagReasoningParams,
  type RagReasoningTool,
  ragReasoningMessageSchema,
  ragReasoningParamsSchema,
  ragReasoningToolSchema,
} from './rag-reasoning/rag-reasoning-request.ts';
export { RagReasoning } from './rag-reasoning/rag-reasoning-resource.ts';
export {
  type RagReasoningResponse,
  ragReasoningResponseSchema,
} from './rag-reasoning/rag-reasoning-response.ts';
export type {
  BudgetClaim,
  BudgetLimits,
  BudgetSettlement,
  BudgetStore,
} from './rate-limit/budget-store.ts';
export { budgetedFetch } from './rate-limit/budgeted-fetch.ts';
export { MemoryBudgetStore } from './rate-limit/memory-budget-store.ts';
export {
  type AcquireOptions,
  type BudgetTicket,
  RateBudget,
  type RateBudgetOptions,
} from './rate-limit/rate-budget.ts';
export { RateBudgetUnavailableError } from './rate-limit/rate-budget-unavailable-error.ts';
export { rateLimitBucket } from './rate-limit/rate-limit-bucket.ts';
export { reportedTokens } from './rate-limit/reported-usage.ts';
export { scaledClock } from './rate-limit/scaled-clock.ts';
export { testKeyRateLimits } from './rate-limit/test-key-rate-limits.ts';
export {
  DEFAULT_OUTPUT_RESERVE,
  estimateTokens,
  type TokenEstimateInput,
} from './rate-limit/token-estimate.ts';
export { RateLimiter, type RateLimiterOptions } from './rate-limiter.ts';
export { createRerank } from './reranker/create-rerank.ts';
export {
  type RerankerDocument,
  type RerankerParams,
  rerankerDocumentSchema,
  rerankerParamsSchema,
} from './reranker/reranker-request.ts';
export { Reranker } from './reranker/reranker-resource.ts';
export {
  citedDocumentSchema,
  type RerankerResponse,
  rerankerResponseSchema,
} from './reranker/reranker-response.ts';
export { routeQuery } from './router/route-query.ts';
export { type RouterParams, routerParamsSchema } from './router/router-request.ts';
export { Router } from './router/router-resource.ts';
export {
  type RouterResponse,
  routerFilterResultSchema,
  routerResponseSchema,
} from './router/router-response.ts';
export { createSegmentation } from './segmentation/create-segmentation.ts';
export {
  type SegmentationParams,
  segmentationParamsSchema,
} from './segmentation/segmentation-request.ts';
export { Segmentation } from './segmentation/segmentation-resource.ts';
export {
  type SegmentationResponse,
  segmentationResponseSchema,
} from './segmentation/segmentation-response.ts';
export { type AIFilter, aiFilterSchema } from './shared/ai-filter.ts';
export type { APIResource, Bound, ResourceContext } from './shared/api-resource.ts';
export type { Clock } from './shared/clock.ts';
export type { Endpoint, EndpointTarget, IdEndpoint } from './shared/endpoint.ts';
export type { ToolArguments } from './shared/normalize-tool-arguments.ts';
export { generateSkillsetFinalAnswer } from './skillset/generate-skillset-final-answer.ts';
export { type SkillsetParams, skillsetParamsSchema } from './skillset/skillset-request.ts';
export {
  type SkillsetApiResult,
  type SkillsetResponse,
  skillsetApiResultSchema,
  skillsetResponseSchema,
} from './skillset/skillset-response.ts';
export { SkillsetStream } from './skillset/skillset-stream.ts';
export {
  type SkillsetCot,
  type SkillsetFinalAnswer,
  type SkillsetPlanning,
  type SkillsetStreamEvent,
  type SkillsetToken,
  skillsetCotSchema,
  skillsetPlanningSchema,
  skillsetTokenSchema,
} from './skillset/skillset-stream-events.ts';
export { Skillsets } from './skillset/skillsets-resource.ts';
export { streamSkillsetFinalAnswer } from './skillset/stream-skillset-final-answer.ts';
export { slideChatMessages } from './sliding-window/sliding-window.ts';
export {
  type SlidingWindowParams,
  slidingWindowParamsSchema,
} from './sliding-window/sliding-window-request.ts';
export { SlidingWindow } from './sliding-window/sliding-window-resource.ts';
export {
  type SlidingWindowResponse,
  slidingWindowResponseSchema,
} from './sliding-window/sliding-window-response.ts';
export { createSummary } from './summary/create-summary.ts';
export { type SummaryParams, summaryParamsSchema } from './summary/summary-request.ts';
export { Summary } from './summary/summary-resource.ts';
export { type SummaryResponse, summaryResponseSchema } from './summary/summary-response.ts';
export { tokenizeChat } from './tokenizer/chat-tokenize.ts';
export {
  type ChatTokenizeParams,
  chatTokenizeParamsSchema,
} from './tokenizer/chat-tokenize-request.ts';
export {
  type ChatTokenizeResponse,
  chatTokenizeResponseSchema,
} from './tokenizer/chat-tokenize-response.ts';
export { tokenizeChatV3 } from './tokenizer/chat-tokenize-v3.ts';
export {
  type ChatTokenizeV3Params,
  chatTokenizeV3ParamsSchema,
} from './tokenizer/chat-tokenize-v3-request.ts';
export {
  type ChatTokenizeV3Response,
  chatTokenizeV3ResponseSchema,
} from './tokenizer/chat-tokenize-v3-response.ts';
export { tokenizeEmbeddingV2 } from './tokenizer/embedding-v2-tokenize.ts';
export {
  type EmbeddingV2TokenizeParams,
  embeddingV2TokenizeParamsSchema,
} from './tokenizer/embedding-v2-tokenize-request.ts';
export {
  type NumTokensResponse,
  numTokensResponseSchema,
} from './tokenizer/num-tokens-response.ts';
export { tokenize } from './tokenizer/tokenize.ts';
export { type TokenizeParams, tokenizeParamsSchema } from './tokenizer/tokenize-request.ts';
export { Tokenizer } from './tokenizer/tokenizer-resource.ts';
export { createTraining } from './tuning/create-training.ts';
export {
  type CreateTrainingParams,
  createTrainingParamsSchema,
} from './tuning/create-training-request.ts';
export { deleteTraining } from './tuning/delete-training.ts';
export { getTraining } from './tuning/get-training.ts';
export { type ListAllTrainingsParams, listAllTrainings } from './tuning/list-all-trainings.ts';
export { listTrainings } from './tuning/list-trainings.ts';
export { TrainingFailedError } from './tuning/training-failed-error.ts';
export {
  type TrainingListParams,
  trainingListParamsSchema,
} from './tuning/training-list-request.ts';
export {
  type TrainingListResponse,
  trainingListResponseSchema,
} from './tuning/training-list-response.ts';
export {
  type TrainingStatus,
  type TrainingStatusInfo,
  type TrainingTask,
  trainingStatusInfoSchema,
  trainingStatusSchema,
  trainingTaskSchema,
} from './tuning/training-task.ts';
export { Tuning } from './tuning/tuning-resource.ts';
export { type WaitForTrainingOptions, waitForTraining } from './tuning/wait-for-training.ts';
export type { ClovaRequestOptions } from './validation/request-options.ts';
export type { ValidationOptions } from './validation/validate-request.ts';
