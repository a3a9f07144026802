import { chatModelCapabilities } from '@clova-studio/apis';
import type { ModelProfile } from '@langchain/core/language_models/profile';

/**
 * The LangChain model profile of a CLOVA model, derived from the apis capability table
 * (`chatModelCapabilities`), so there is one table. `structuredOutput` is `true` only where the
 * service has native structured outputs (HCX-007): `createAgent` then uses its provider strategy,
 * which ChatClovaX splits into a tool phase and an answer phase (see `resolveRequestFeatures`).
 * Unknown models and tuned tasks get an empty profile.
 */
export function clovaModelProfile(model: string): ModelProfile {
  const caps = chatModelCapabilities(model);
  if (!caps) return {};
  return {
    maxInputTokens: caps.maxInputTokens,
    maxOutputTokens: caps.maxOutputTokens,
    imageInputs: caps.images,
    imageUrlInputs: caps.images,
    pdfInputs: false,
    audioInputs: false,
    videoInputs: false,
    imageToolMessage: false,
    pdfToolMessage: false,
    reasoningOutput: caps.thinking,
    imageOutputs: false,
    audioOutputs: false,
    videoOutputs: false,
    toolCalling: caps.tools,
    toolChoice: caps.tools,
    midConversationSystemMessages: false,
    midConversationTools: caps.tools,
    structuredOutput: caps.structuredOutputs,
  };
}
