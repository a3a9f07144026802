/**
 * `@clova-studio/apis/internal`: the plumbing the adapters (`@clova-studio/langchain`,
 * `@clova-studio/ai-sdk-provider`) build on: stream steps and event parsers, chat routing, the
 * v1 ↔ v3 and stop-reason normalisers, the endpoint declaration helper. Not covered by semver
 * like the main entry: prefer the `ClovaStudio` client.
 *
 * @module
 */

export { chatStreamStep, parseChatStreamEvent, routeChatCompletion } from './chat/chat-completions';
export {
  chatCompletionsV1Step,
  parseChatCompletionsV1Event,
  routeChatCompletionV1,
} from './chat/chat-completions-v1';
export { ChatMessageAccumulator, type MessageDelta } from './chat/chat-message-accumulator';
export type { StreamFinal, StreamStep } from './chat/chat-stream';
export { chatStreamEventParser, type TokenOrResultEvent } from './chat/chat-stream-event';
export { chatV1ResponseToV3, chatV3ParamsToV1 } from './chat/chat-v3-to-v1';
export {
  normalizeStopReason,
  type StopReason,
  stopReasonToFinishReason,
} from './chat/normalize-stop-reason';
export { rateLimitDelay } from './embedding/embed-retry';
export { openAIChatStep, parseOpenAIChatChunk } from './openai/openai-chat';
export { APIResource, type ResourceContext } from './shared/api-resource';
export { systemClock } from './shared/clock';
export {
  defineEndpoint,
  defineIdEndpoint,
  type Endpoint,
  type EndpointSpec,
  type EndpointTarget,
  endpointRequest,
  type IdEndpoint,
  sendRequest,
  sendStreamRequest,
} from './shared/endpoint';
export { normalizeCreated } from './shared/normalize-created';
export { normalizeToolArguments, type ToolArguments } from './shared/normalize-tool-arguments';
export { parseSkillsetStreamEvent } from './skillset/skillset-stream';
export { validateRequest } from './validation/validate-request';
