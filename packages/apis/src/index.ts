/**
 * `@clova-studio/apis`: every CLOVA Studio API as a standalone function (taking a core
 * `Transport` first) and as a method of the {@link ClovaStudio} client, with the zod schemas the
 * request and response types are inferred from. Core's transport and errors are re-exported.
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
  chatUsageSchema,
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
export {
  type ChatTool,
  chatToolSchema,
  responseFormatSchema,
  type ToolChoice,
  toolChoiceSchema,
} from './chat/chat-tool';
export { chatV1ResponseToV3, chatV3ParamsToV1 } from './chat/chat-v3-to-v1';
export {
  normalizeStopReason,
  type StopReason,
  stopReasonToFinishReason,
} from './chat/normalize-stop-reason';
export { ClovaStudio, type ClovaStudioOptions } from './client';
export { createCompletion } from './completions/completions';
export { type CompletionParams, completionParamsSchema } from './completions/completions-request';
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
export {
  type EmbeddingV2Params,
  embeddingV2ParamsSchema,
} from './embedding/embedding-v2-request';
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
  openAIChatStep,
  parseOpenAIChatChunk,
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
export { createRagReasoning } from './rag-reasoning/create-rag-reasoning';
export {
  type RagReasoningMessage,
  type RagReasoningParams,
  type RagReasoningTool,
  ragReasoningMessageSchema,
  ragReasoningParamsSchema,
  ragReasoningToolSchema,
} from './rag-reasoning/rag-reasoning-request';
export {
  type RagReasoningResponse,
  ragReasoningResponseSchema,
} from './rag-reasoning/rag-reasoning-response';
export type {
  BudgetClaim,
  BudgetLimits,
  BudgetSettlement,
  BudgetStore,
} from './rate-limit/budget-store';
export { budgetedFetch } from './rate-limit/budgeted-fetch';
export { MemoryBudgetStore } from './rate-limit/memory-budget-store';
export {
  type AcquireOptions,
  type BudgetTicket,
  RateBudget,
  type RateBudgetOptions,
} from './rate-limit/rate-budget';
export { RateBudgetUnavailableError } from './rate-limit/rate-budget-unavailable-error';
export { rateLimitBucket } from './rate-limit/rate-limit-bucket';
export { reportedTokens } from './rate-limit/reported-usage';
export { testKeyRateLimits } from './rate-limit/test-key-rate-limits';
export {
  DEFAULT_OUTPUT_RESERVE,
  estimateTokens,
  type TokenEstimateInput,
} from './rate-limit/token-estimate';
export { RateLimiter, type RateLimiterOptions } from './rate-limiter';
export { createRerank } from './reranker/create-rerank';
export {
  type RerankerDocument,
  type RerankerParams,
  rerankerDocumentSchema,
  rerankerParamsSchema,
} from './reranker/reranker-request';
export {
  citedDocumentSchema,
  type RerankerResponse,
  rerankerResponseSchema,
} from './reranker/reranker-response';
export { APIResource, type ResourceContext } from './resources/api-resource';
export { Chat, ChatV1 } from './resources/chat';
export { Completions } from './resources/completions';
export { Embeddings } from './resources/embeddings';
export {
  OpenAIChat,
  OpenAIChatCompletions,
  OpenAICompatible,
  OpenAIEmbeddings,
  OpenAIModels,
} from './resources/openai';
export { RagReasoning } from './resources/rag-reasoning';
export { Reranker } from './resources/reranker';
export { Router } from './resources/router';
export { Segmentation } from './resources/segmentation';
export { Skillsets } from './resources/skillsets';
export { SlidingWindow } from './resources/sliding-window';
export { Summary } from './resources/summary';
export { Tokenizer } from './resources/tokenizer';
export { Tuning } from './resources/tuning';
export { routeQuery } from './router/route-query';
export { type RouterParams, routerParamsSchema } from './router/router-request';
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
export {
  type SegmentationResponse,
  segmentationResponseSchema,
} from './segmentation/segmentation-response';
export { type AIFilter, aiFilterSchema } from './shared/ai-filter';
export { type Clock, systemClock } from './shared/clock';
export { normalizeCreated } from './shared/normalize-created';
export { normalizeToolArguments, type ToolArguments } from './shared/normalize-tool-arguments';
export { generateSkillsetFinalAnswer } from './skillset/generate-skillset-final-answer';
export { type SkillsetParams, skillsetParamsSchema } from './skillset/skillset-request';
export {
  type SkillsetApiResult,
  type SkillsetResponse,
  skillsetApiResultSchema,
  skillsetResponseSchema,
} from './skillset/skillset-response';
export { parseSkillsetStreamEvent, SkillsetStream } from './skillset/skillset-stream';
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
export { streamSkillsetFinalAnswer } from './skillset/stream-skillset-final-answer';
export {
  type SlidingWindowParams,
  type SlidingWindowResponse,
  slideChatMessages,
  slidingWindowParamsSchema,
  slidingWindowResponseSchema,
} from './sliding-window/sliding-window';
export { createSummary } from './summary/create-summary';
export { type SummaryParams, summaryParamsSchema } from './summary/summary-request';
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
export {
  type TrainingListParams,
  trainingListParamsSchema,
} from './tuning/training-list-request';
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
export { type WaitForTrainingOptions, waitForTraining } from './tuning/wait-for-training';
export type { ClovaRequestOptions } from './validation/request-options';
export { type ValidationOptions, validateRequest } from './validation/validate-request';
