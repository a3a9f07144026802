import type { LanguageModelV4CallOptions, SharedV4Warning } from '@ai-sdk/provider';
import {
  injectJsonInstructionIntoMessages,
  isCustomReasoning,
  mapReasoningToProviderEffort,
  parseProviderOptions,
} from '@ai-sdk/provider-utils';
import {
  type ChatCompletionsV3Params,
  type ClovaRequestOptions,
  chatModelCapabilities,
} from '@clova-studio/apis';
import { clovaStudioChatOptionsSchema } from './clova-chat-options.ts';
import { prepareClovaTools } from './clova-prepare-tools.ts';
import { convertToClovaMessages } from './convert-to-clova-messages.ts';
import { definedHeaders } from './defined-headers.ts';

/** The provider options key: `providerOptions.clovaStudio`. */
export const PROVIDER_OPTIONS_KEY = 'clovaStudio';

/** Smallest token cap CLOVA accepts together with tools. */
const TOOLS_MIN_TOKENS = 1024;

type Effort = 'none' | 'low' | 'medium' | 'high';

/** A prepared chat call: what to send, how, and what could not be sent as asked. */
export interface ClovaChatRequest {
  /** Parameters of `client.chat.create` / `client.chat.stream`. */
  params: ChatCompletionsV3Params;
  /** Request options (signal, headers, request id, validation). */
  requestOptions: ClovaRequestOptions;
  /** Warnings for the `stream-start` part and the result. */
  warnings: SharedV4Warning[];
}

/** `ft:<taskId>` → the tuned task; any other id is a model. */
export function parseChatModelId(modelId: string): { model: string } | { taskId: string } {
  return modelId.startsWith('ft:') ? { taskId: modelId.slice(3) } : { model: modelId };
}

/**
 * Maps AI SDK call options to a CLOVA chat request. The rules where CLOVA refuses a combination
 * (documented in the README, each with a warning):
 *
 * 1. Tools win over structured outputs: with tools (or on a model without structured outputs,
 *    or JSON without a schema) the schema is given as an instruction in the system message.
 * 2. Tools and structured outputs win over thinking: HCX-007 gets `thinking.effort: 'none'`.
 * 3. Thinking wins over stop sequences: they are not sent while HCX-007 thinks.
 * 4. With tools the token cap is raised to CLOVA's minimum of 1024.
 */
export async function prepareClovaChatRequest(
  modelId: string,
  options: LanguageModelV4CallOptions,
): Promise<ClovaChatRequest> {
  const warnings: SharedV4Warning[] = [];
  const clova =
    (await parseProviderOptions({
      provider: PROVIDER_OPTIONS_KEY,
      providerOptions: options.providerOptions,
      schema: clovaStudioChatOptionsSchema,
    })) ?? {};
  const target = clova.taskId !== undefined ? { taskId: clova.taskId } : parseChatModelId(modelId);
  const caps = 'model' in target ? chatModelCapabilities(target.model) : undefined;

  for (const setting of ['presencePenalty', 'frequencyPenalty'] as const) {
    if (options[setting] != null) warnings.push({ type: 'unsupported', feature: setting });
  }

  const tools = prepareClovaTools(options);
  warnings.push(...tools.warnings);
  const hasTools = tools.tools !== undefined;

  // Structured outputs: native on models that have them, when no tools are sent.
  let prompt = options.prompt;
  let responseFormat: ChatCompletionsV3Params['responseFormat'];
  const format = options.responseFormat;
  if (format?.type === 'json') {
    if (format.schema && caps?.structuredOutputs && !hasTools) {
      responseFormat = { type: 'json', schema: format.schema as Record<string, unknown> };
    } else {
      prompt = injectJsonInstructionIntoMessages({ messages: prompt, schema: format.schema });
      warnings.push({
        type: 'compatibility',
        feature: 'responseFormat',
        details: !format.schema
          ? 'JSON without a schema is requested by an instruction in the system message.'
          : hasTools
            ? 'CLOVA Studio cannot combine structured outputs with tools; the schema was given as an instruction.'
            : `${modelId} has no structured outputs (HCX-007 only); the schema was given as an instruction.`,
      });
    }
  }

  // Thinking (HCX-007): providerOptions.clovaStudio.thinking wins over `reasoning`.
  let effort: Effort | undefined = clova.thinking?.effort;
  if (effort === undefined && isCustomReasoning(options.reasoning)) {
    effort = mapReasoningToProviderEffort({
      reasoning: options.reasoning,
      effortMap: { none: 'none', low: 'low', medium: 'medium', high: 'high' },
      warnings,
    });
  }
  let thinking: ChatCompletionsV3Params['thinking'];
  if (caps?.thinking) {
    if (hasTools || responseFormat) {
      if (effort !== undefined && effort !== 'none') {
        warnings.push({
          type: 'compatibility',
          feature: 'reasoning',
          details: `CLOVA Studio cannot think with ${hasTools ? 'tools' : 'structured outputs'}; thinking.effort 'none' was sent.`,
        });
      }
      effort = 'none';
    }
    if (effort !== undefined) thinking = { effort };
  } else if (caps === undefined && 'model' in target && clova.thinking !== undefined) {
    thinking = clova.thinking; // a model this package does not know yet: sent as asked
  } else if (effort !== undefined && effort !== 'none') {
    warnings.push({
      type: 'unsupported',
      feature: 'reasoning',
      details: `${modelId} does not think (thinking is HCX-007 only).`,
    });
  }
  const thinkingOn = caps?.thinking === true && (effort ?? 'low') !== 'none';

  let stop = options.stopSequences?.length ? options.stopSequences : undefined;
  if (stop && thinkingOn) {
    stop = undefined;
    warnings.push({
      type: 'unsupported',
      feature: 'stopSequences',
      details:
        "CLOVA Studio takes no stop sequences while thinking; they were not sent. Set reasoning: 'none' to use them.",
    });
  }

  let maxTokens = options.maxOutputTokens;
  if (hasTools && maxTokens !== undefined && maxTokens < TOOLS_MIN_TOKENS) {
    warnings.push({
      type: 'compatibility',
      feature: 'maxOutputTokens',
      details: `CLOVA Studio needs at least ${TOOLS_MIN_TOKENS} output tokens with tools; ${TOOLS_MIN_TOKENS} was sent.`,
    });
    maxTokens = TOOLS_MIN_TOKENS;
  }
  const capField = thinkingOn ? 'maxCompletionTokens' : (caps?.outputLimitField ?? 'maxTokens');

  const converted = convertToClovaMessages(prompt);
  warnings.push(...converted.warnings);

  const params: ChatCompletionsV3Params = {
    ...target,
    messages: converted.messages,
    ...(maxTokens !== undefined ? { [capField]: maxTokens } : {}),
    temperature: options.temperature,
    topP: options.topP,
    topK: options.topK,
    seed: options.seed,
    stop,
    repetitionPenalty: clova.repetitionPenalty,
    includeAiFilters: clova.includeAiFilters,
    thinking,
    tools: tools.tools,
    toolChoice: tools.toolChoice,
    responseFormat,
  };
  for (const key of Object.keys(params) as (keyof ChatCompletionsV3Params)[]) {
    if (params[key] === undefined) delete params[key];
  }

  const headers = definedHeaders(options.headers);
  const requestOptions: ClovaRequestOptions = {
    signal: options.abortSignal,
    ...(Object.keys(headers).length > 0 ? { headers } : {}),
    ...(clova.requestId !== undefined ? { requestId: clova.requestId } : {}),
    ...(clova.validate !== undefined ? { validate: clova.validate } : {}),
  };
  return { params, requestOptions, warnings };
}
