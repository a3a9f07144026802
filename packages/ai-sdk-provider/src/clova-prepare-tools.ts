import type { LanguageModelV4CallOptions, SharedV4Warning } from '@ai-sdk/provider';
import type { ChatTool, ToolChoice } from '@clova-studio/apis';

/** The CLOVA `tools` and `toolChoice` of a call. */
export interface PreparedTools {
  /** Function tools, or `undefined` when there are none (or `toolChoice` is `none`). */
  tools: ChatTool[] | undefined;
  /** `auto`, or one forced function; `undefined` when no tools are sent. */
  toolChoice: ToolChoice | undefined;
  /** What could not be sent as asked. */
  warnings: SharedV4Warning[];
}

/**
 * Maps AI SDK tools to CLOVA function tools. CLOVA's `toolChoice` is `auto`, `none` or one
 * function: `required` forces the only tool when there is exactly one, else falls back to `auto`
 * with a warning; `tool` forces the named function; `none` sends no tools at all (the answer is
 * text either way, and a request without tools can use structured outputs and thinking).
 * Provider-defined tools do not exist on CLOVA and are dropped with a warning.
 */
export function prepareClovaTools({
  tools,
  toolChoice,
}: Pick<LanguageModelV4CallOptions, 'tools' | 'toolChoice'>): PreparedTools {
  const warnings: SharedV4Warning[] = [];
  const functions: ChatTool[] = [];
  for (const tool of tools ?? []) {
    if (tool.type === 'provider') {
      warnings.push({ type: 'unsupported', feature: `provider-defined tool ${tool.id}` });
      continue;
    }
    functions.push({
      type: 'function',
      function: {
        name: tool.name,
        description: tool.description ?? '',
        parameters: tool.inputSchema as Record<string, unknown>,
      },
    });
  }
  if (functions.length === 0 || toolChoice?.type === 'none') {
    return { tools: undefined, toolChoice: undefined, warnings };
  }
  switch (toolChoice?.type) {
    case undefined:
    case 'auto':
      return { tools: functions, toolChoice: 'auto', warnings };
    case 'tool':
      return {
        tools: functions,
        toolChoice: { type: 'function', function: { name: toolChoice.toolName } },
        warnings,
      };
    case 'required': {
      const [only] = functions;
      if (functions.length === 1 && only) {
        return {
          tools: functions,
          toolChoice: { type: 'function', function: { name: only.function.name } },
          warnings,
        };
      }
      warnings.push({
        type: 'compatibility',
        feature: 'toolChoice required',
        details:
          'CLOVA Studio cannot require "some tool" among several; toolChoice auto was sent instead.',
      });
      return { tools: functions, toolChoice: 'auto', warnings };
    }
  }
}
