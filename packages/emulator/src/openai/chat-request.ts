import type { ChatPlan } from '../chat/chat-plan.ts';
import { resolveModel } from '../chat/resolve-model.ts';
import { parseV1Request } from '../chat/v1-request.ts';
import { parseV3Request } from '../chat/v3-request.ts';
import { ClovaError } from '../http/clova-error.ts';
import { fail, invalidParameter } from '../http/fail.ts';
import { isObject, type JsonObject, objectBody } from '../validate.ts';

/** Documented as unsupported on the OpenAI-compatible chat endpoint (`40002`). */
const UNSUPPORTED = [
  'audio',
  'frequency_penalty',
  'logit_bias',
  'logprobs',
  'metadata',
  'modalities',
  'prediction',
  'presence_penalty',
  'prompt_cache_key',
  'safety_identifier',
  'service_tier',
  'store',
  'stream_options',
  'top_logprobs',
  'user',
  'web_search_options',
];

/** Native field names back to the OpenAI names, for error messages. */
const OPENAI_NAMES: Record<string, string> = {
  maxTokens: 'max_tokens',
  maxCompletionTokens: 'max_completion_tokens',
  topP: 'top_p',
  topK: 'top_k',
  repetitionPenalty: 'repetition_penalty',
  repeatPenalty: 'repeat_penalty',
  toolChoice: 'tool_choice',
  responseFormat: 'response_format',
  thinking: 'reasoning_effort',
  'thinking.effort': 'reasoning_effort',
  stopBefore: 'stop',
  toolCallId: 'tool_call_id',
  toolCalls: 'tool_calls',
  imageUrl: 'image_url',
  dataUri: 'image_url',
};

/** An OpenAI chat request turned into a plan. */
export interface OpenAiChatPlan extends ChatPlan {
  /** Model name as sent. */
  modelName: string;
  stream: boolean;
}

function translatePart(part: unknown): unknown {
  if (!isObject(part)) return part;
  if (part.type === 'image_url') {
    const url = isObject(part.image_url) ? part.image_url.url : part.image_url;
    if (typeof url !== 'string') throw invalidParameter('messages.content.image_url');
    return url.startsWith('data:')
      ? { type: 'image_url', dataUri: { data: url } }
      : { type: 'image_url', imageUrl: { url } };
  }
  return part;
}

function translateMessage(message: unknown): unknown {
  if (!isObject(message)) return message;
  const role = message.role === 'developer' ? 'system' : message.role;
  const out: JsonObject = { role };
  let content = message.content;
  if (content === null || content === undefined) content = '';
  if (Array.isArray(content)) {
    content =
      role === 'user'
        ? content.map(translatePart)
        : content.map((p) => (isObject(p) && typeof p.text === 'string' ? p.text : '')).join('\n');
  }
  out.content = content;
  if (message.tool_calls !== undefined && message.tool_calls !== null)
    out.toolCalls = message.tool_calls;
  if (message.tool_call_id !== undefined) out.toolCallId = message.tool_call_id;
  return out;
}

function effortOf(body: JsonObject): unknown {
  if (body.reasoning_effort !== undefined && body.reasoning_effort !== null)
    return body.reasoning_effort;
  if (isObject(body.reasoning) && body.reasoning.effort !== undefined) return body.reasoning.effort;
  return undefined;
}

function responseFormat(value: unknown): unknown {
  if (value === undefined || value === null) return undefined;
  if (!isObject(value)) throw invalidParameter('response_format');
  if (value.type === 'text') return undefined;
  if (value.type !== 'json_schema' || !isObject(value.json_schema))
    throw invalidParameter('response_format');
  return { type: 'json', schema: value.json_schema.schema };
}

function renamed(error: unknown): unknown {
  if (!(error instanceof ClovaError) || !error.message.startsWith('Invalid parameter: '))
    return error;
  const fields = error.message
    .slice('Invalid parameter: '.length)
    .split(', ')
    .map((f) => OPENAI_NAMES[f] ?? f.replace(/[A-Z]/g, (m) => `_${m.toLowerCase()}`));
  return new ClovaError(
    error.status,
    error.code,
    `Invalid parameter: ${[...new Set(fields)].join(', ')}`,
    error.headers,
  );
}

/** Validates an OpenAI-style chat body and maps it onto the native v3 or v1 rules of its model. */
export function parseOpenAiChat(raw: unknown): OpenAiChatPlan {
  const body = objectBody(raw);
  for (const field of UNSUPPORTED)
    if (body[field] !== undefined) throw fail('40002', `Unsupported parameter: ${field}`);
  if (typeof body.model !== 'string' || !body.model) throw invalidParameter('model');
  if (body.stream !== undefined && body.stream !== null && typeof body.stream !== 'boolean')
    throw invalidParameter('stream');
  if (body.n !== undefined && body.n !== null && body.n !== 1) throw invalidParameter('n');
  if (
    body.parallel_tool_calls !== undefined &&
    body.parallel_tool_calls !== null &&
    body.parallel_tool_calls !== true
  ) {
    throw invalidParameter('parallel_tool_calls');
  }
  const model = resolveModel(body.model, ['v3', 'v1']);
  if (!Array.isArray(body.messages)) throw invalidParameter('messages');
  const messages = body.messages.map(translateMessage);
  const cap = body.max_completion_tokens ?? body.max_tokens;
  try {
    let plan: ChatPlan;
    if (model.api === 'v1') {
      plan = parseV1Request(
        {
          messages,
          temperature: body.temperature,
          topP: body.top_p,
          topK: body.top_k,
          repeatPenalty: body.repeat_penalty,
          maxTokens: cap ?? 512,
          stopBefore: body.stop,
          seed: body.seed,
        },
        model,
      );
      if (body.tools !== undefined && body.tools !== null) throw invalidParameter('tools');
    } else {
      const effort = effortOf(body);
      plan = parseV3Request(
        {
          messages,
          temperature: body.temperature,
          topP: body.top_p,
          topK: body.top_k,
          repetitionPenalty: body.repetition_penalty,
          ...(cap === undefined || cap === null
            ? {}
            : model.reasoning
              ? { maxCompletionTokens: cap }
              : { maxTokens: cap }),
          stop: body.stop,
          seed: body.seed,
          tools: body.tools,
          toolChoice: body.tool_choice,
          responseFormat: responseFormat(body.response_format),
          ...(effort !== undefined ? { thinking: { effort } } : {}),
        },
        model,
      );
    }
    return { ...plan, modelName: body.model, stream: body.stream === true };
  } catch (error) {
    throw renamed(error);
  }
}
