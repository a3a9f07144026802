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
} from './chat/chat-completions.ts';
export {
  chatCompletionsV1Step,
  parseChatCompletionsV1Event,
  routeChatCompletionV1,
} from './chat/chat-completions-v1.ts';
export { ChatMessageAccumulator } from './chat/chat-message-accumulator.ts';
export type { StreamFinal, StreamStep } from './chat/chat-stream.ts';
export { chatStreamEventParser, type TokenOrResultEvent } from './chat/chat-stream-event.ts';
export { chatV1ResponseToV3, chatV3ParamsToV1 } from './chat/chat-v3-to-v1.ts';
export {
  normalizeStopReason,
  stopReasonToFinishReason,
} from './chat/normalize-stop-reason.ts';
export { rateLimitDelay } from './embedding/embed-retry.ts';
export { openAIChatStep, parseOpenAIChatChunk } from './openai/openai-chat.ts';
export { APIResource } from './shared/api-resource.ts';
export { systemClock } from './shared/clock.ts';
export {
  defineEndpoint,
  defineIdEndpoint,
  defineStreamEndpoint,
  type EndpointOptions,
  type EndpointSpec,
  endpointRequest,
  endpointSpec,
  type Route,
  sendRequest,
  sendStreamRequest,
} from './shared/endpoint.ts';
export { normalizeCreated } from './shared/normalize-created.ts';
export { normalizeToolArguments } from './shared/normalize-tool-arguments.ts';
export { parseSkillsetStreamEvent } from './skillset/skillset-stream.ts';
export { validateRequest } from './validation/validate-request.ts';
