import type { ChatTool, ToolChoice } from '@clova-studio/apis';
import type { BindToolsInput } from '@langchain/core/language_models/chat_models';
import { convertToOpenAITool, isLangChainTool } from '@langchain/core/utils/function_calling';
import { toJsonSchema } from '@langchain/core/utils/json_schema';
import { isInteropZodSchema } from '@langchain/core/utils/types';

/** What `bindTools` accepts: LangChain tools, OpenAI-format tools, function definitions, schemas. */
export type ClovaXToolInput = BindToolsInput;

/** A LangChain `tool_choice`: `auto`, `none`, `any`/`required`, a tool name or an OpenAI object. */
export type ClovaXToolChoice =
  | 'auto'
  | 'none'
  | 'any'
  | 'required'
  | (string & {})
  | { type: 'function'; function: { name: string } };

type JsonObject = Record<string, unknown>;

function fromFunction(fn: JsonObject): ChatTool {
  const name = fn.name;
  if (typeof name !== 'string' || name === '') {
    throw new TypeError('ChatClovaX: every tool needs a name');
  }
  const parameters = fn.parameters as JsonObject | undefined;
  return {
    type: 'function',
    function: {
      name,
      description: typeof fn.description === 'string' ? fn.description : '',
      ...(parameters ? { parameters } : {}),
    },
  };
}

/**
 * Converts one bound tool to CLOVA's `{ type: 'function', function: { name, description,
 * parameters } }`: LangChain tools and runnable-like tools (through `convertToOpenAITool`),
 * OpenAI-format tools, `{ name, description, parameters }` definitions, and bare zod or JSON
 * schemas that carry a `title` (zod: `.meta({ title })` / `.describe`) as the name.
 */
export function convertToClovaTool(tool: ClovaXToolInput): ChatTool {
  if (isLangChainTool(tool)) {
    return fromFunction(convertToOpenAITool(tool).function as unknown as JsonObject);
  }
  const t = tool as JsonObject;
  if (t.type === 'function' && typeof t.function === 'object' && t.function !== null) {
    return fromFunction(t.function as JsonObject);
  }
  if (typeof t.name === 'string' && typeof t.parameters === 'object') return fromFunction(t);
  const schema = (isInteropZodSchema(tool) ? toJsonSchema(tool) : t) as JsonObject;
  return fromFunction({ name: schema.title, description: schema.description, parameters: schema });
}

/**
 * Maps a LangChain `tool_choice` onto CLOVA's `auto | none | { function }`. `any` and `required`
 * (no CLOVA equivalent) force the function when exactly one tool is bound, and become `auto`
 * otherwise (the model may then answer in text). A bare string other than these names a tool.
 *
 * @throws TypeError when a named tool is not among the bound tools.
 */
export function convertToolChoice(
  choice: ClovaXToolChoice | undefined,
  tools: readonly ChatTool[],
): ToolChoice | undefined {
  if (choice === undefined || tools.length === 0) return undefined;
  if (choice === 'auto' || choice === 'none') return choice as 'auto' | 'none';
  if (choice === 'any' || choice === 'required') {
    const only = tools.length === 1 ? tools[0] : undefined;
    return only ? { type: 'function', function: { name: only.function.name } } : 'auto';
  }
  const name = typeof choice === 'string' ? choice : choice.function.name;
  if (!tools.some((t) => t.function.name === name)) {
    throw new TypeError(
      `ChatClovaX: tool_choice names "${name}", which is not a bound tool (${tools.map((t) => t.function.name).join(', ')})`,
    );
  }
  return { type: 'function', function: { name } };
}
