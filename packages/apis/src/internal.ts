/**
 * `@clova-studio/apis/internal`: the plumbing the adapters (`@clova-studio/langchain`,
 * `@clova-studio/ai-sdk-provider`) build on: stream steps and event parsers, chat routing, the
 * v1 ↔ v3 and stop-reason normalisers, the endpoint declaration helper. Not covered by semver
 * like the main entry: prefer the `ClovaStudio` client.
 *
 * @module
 */

export {
  chatStreamStep,
  parseChatStreamEvent,
  routeChatCompletion,
} from './chat/chat-completions.js';
export {
  chatCompletionsV1Step,
  parseChatCompletionsV1Event,
  routeChatCompletionV1,
} from './chat/chat-completions-v1.js';
export { ChatMessageAccumulator, type MessageDelta } from './chat/chat-message-accumulator.js';
export type { StreamFinal, StreamStep } from './chat/chat-stream.js';
export { chatStreamEventParser, type TokenOrResultEvent } from './chat/chat-stream-event.js';
export { chatV1ResponseToV3, chatV3ParamsToV1 } from './chat/chat-v3-to-v1.js';
export {
  normalizeStopReason,
  type StopReason,
  stopReasonToFinishReason,
} from './chat/normalize-stop-reason.js';
export { rateLimitDelay } from './embedding/embed-retry.js';
export { openAIChatStep, parseOpenAIChatChunk } from './openai/openai-chat.js';
export { APIResource, type ResourceContext } from './shared/api-resource.js';
export { systemClock } from './shared/clock.js';
export {
  defineEndpoint,
  defineIdEndpoint,
  defineStreamEndpoint,
  type Endpoint,
  type EndpointOptions,
  type EndpointSpec,
  type EndpointTarget,
  endpointRequest,
  endpointSpec,
  type IdEndpoint,
  type Route,
  sendRequest,
  sendStreamRequest,
} from './shared/endpoint.js';
export { normalizeCreated } from './shared/normalize-created.js';
export { normalizeToolArguments, type ToolArguments } from './shared/normalize-tool-arguments.js';
export { parseSkillsetStreamEvent } from './skillset/skillset-stream.js';
export { validateRequest } from './validation/validate-request.js';
