import {
  type ChatCompletionsV3Params,
  type ChatModelCapabilities,
  type ChatTool,
  RequestValidationError,
  type ToolChoice,
} from '@clova-studio/apis';

/** CLOVA's structured-output format. */
export type ClovaResponseFormat = NonNullable<ChatCompletionsV3Params['responseFormat']>;

/** A thinking setting. */
export type ClovaThinking = NonNullable<ChatCompletionsV3Params['thinking']>;

/**
 * A `response_format` call option: CLOVA's `{ type: 'json', schema }`, or the OpenAI form
 * `{ type: 'json_schema', json_schema: { schema } }` that `createAgent`'s provider strategy sends.
 */
export type ClovaXResponseFormatInput =
  | ClovaResponseFormat
  | { type: 'json_schema'; json_schema: { schema: Record<string, unknown>; name?: string } };

/** Normalises a `response_format` call option to CLOVA's form (`undefined` for text). */
export function toClovaResponseFormat(
  format: ClovaXResponseFormatInput | { type: string } | undefined,
): ClovaResponseFormat | undefined {
  if (!format || format.type === 'text') return undefined;
  if (format.type === 'json' && 'schema' in format) return format as ClovaResponseFormat;
  if (format.type === 'json_schema' && 'json_schema' in format) {
    return { type: 'json', schema: format.json_schema.schema };
  }
  throw new RequestValidationError([
    {
      path: 'response_format',
      message: `type "${format.type}" is not supported by CLOVA Studio (use a JSON schema)`,
    },
  ]);
}

/** The features a request asks for, before the CLOVA rules are applied. */
export interface RequestFeatures {
  tools: readonly ChatTool[];
  toolChoice: ToolChoice | undefined;
  responseFormat: ClovaResponseFormat | undefined;
  /** Thinking as set by the caller (call option or constructor), `undefined` when unset. */
  thinking: ClovaThinking | undefined;
  stop: readonly string[] | undefined;
  /** Whether the last message of the conversation is a tool result. */
  afterToolResult: boolean;
}

/** The features that are sent. */
export interface ResolvedFeatures {
  tools?: ChatTool[];
  toolChoice?: ToolChoice;
  responseFormat?: ClovaResponseFormat;
  thinking?: ClovaThinking;
}

/**
 * Applies CLOVA's exclusions so a refused combination never reaches the service:
 *
 * 1. Tools and a response format together (what `createAgent`'s provider strategy sends) are
 *    split into two phases: while the last message is not a tool result, the tools are sent
 *    (the model may call them); once it is, the response format is sent without the tools (the
 *    model writes the structured answer). So one round of tool calls precedes the answer.
 * 2. On a thinking model (HCX-007), when tools, a response format or stop sequences are sent and
 *    the caller did not set `thinking`, thinking is turned off (`effort: 'none'`). A caller who
 *    set an effort other than `none` gets a `RequestValidationError` naming both fields.
 */
export function resolveRequestFeatures(
  caps: ChatModelCapabilities | undefined,
  f: RequestFeatures,
): ResolvedFeatures {
  const out: ResolvedFeatures = {};
  let tools = f.tools.length > 0 ? [...f.tools] : undefined;
  let responseFormat = f.responseFormat;
  if (tools && responseFormat) {
    if (f.afterToolResult) tools = undefined;
    else responseFormat = undefined;
  }
  if (tools) {
    out.tools = tools;
    if (f.toolChoice !== undefined) out.toolChoice = f.toolChoice;
  }
  if (responseFormat) out.responseFormat = responseFormat;

  const conflict = tools
    ? 'tools'
    : responseFormat
      ? 'response_format'
      : f.stop?.length
        ? 'stop'
        : undefined;
  if (f.thinking) out.thinking = f.thinking;
  if (caps?.thinking && conflict) {
    const effort = f.thinking?.effort;
    if (effort === undefined) out.thinking = { effort: 'none' };
    else if (effort !== 'none') {
      throw new RequestValidationError([
        {
          path: 'thinking',
          message: `effort '${effort}' cannot be combined with ${conflict} on CLOVA Studio; set thinking.effort to 'none' or leave thinking unset`,
        },
      ]);
    }
  }
  return out;
}
