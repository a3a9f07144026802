import { type ToolSet, tool } from 'ai';
import { CHAT_TOOLS } from './local-tools.ts';

/** The local tools as AI SDK tools (`execute` runs them in this process). */
export const aiSdkTools: ToolSet = {
  get_weather: tool({
    description: CHAT_TOOLS.get_weather.description,
    inputSchema: CHAT_TOOLS.get_weather.inputSchema,
    execute: async (input) => CHAT_TOOLS.get_weather.run(input),
  }),
  calculator: tool({
    description: CHAT_TOOLS.calculator.description,
    inputSchema: CHAT_TOOLS.calculator.inputSchema,
    execute: async (input) => CHAT_TOOLS.calculator.run(input),
  }),
};
