/**
 * The tool side of `@clova-studio/apis`: Embedding v1/v2, Summary, Break paragraph (segmentation), Reranker,
 * RAG Reasoning, Router, Skillset and Tuning, as standalone functions (taking a core `Transport` first) and as
 * resource classes used by the `ClovaStudio` client.
 *
 * @module
 */

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
export { createRagReasoning } from './rag-reasoning/create-rag-reasoning';
export {
  type RagReasoningMessage,
  type RagReasoningParams,
  type RagReasoningTool,
  type RagReasoningToolCall,
  ragReasoningMessageSchema,
  ragReasoningParamsSchema,
  ragReasoningToolCallSchema,
  ragReasoningToolSchema,
} from './rag-reasoning/rag-reasoning-request';
export {
  type RagReasoningResponse,
  ragReasoningResponseSchema,
  ragReasoningResponseToolCallSchema,
} from './rag-reasoning/rag-reasoning-response';
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
export { Embeddings } from './resources/embeddings';
export { RagReasoning } from './resources/rag-reasoning';
export { Reranker } from './resources/reranker';
export { Router } from './resources/router';
export { Segmentation } from './resources/segmentation';
export { Skillsets } from './resources/skillsets';
export { Summary } from './resources/summary';
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
export { type Clock, systemClock } from './shared/clock';
export { type ToolUsage, toolUsageSchema } from './shared/usage';
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
export { createSummary } from './summary/create-summary';
export { type SummaryParams, summaryParamsSchema } from './summary/summary-request';
export { type SummaryResponse, summaryResponseSchema } from './summary/summary-response';
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
