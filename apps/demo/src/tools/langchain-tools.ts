import { tool } from 'langchain';
import { CHAT_TOOLS } from './local-tools.ts';

/** The local tools as LangChain tools (run in this process by the agent). */
export const langChainTools = [
  tool(async (input) => CHAT_TOOLS.get_weather.run(input), {
    name: 'get_weather',
    description: CHAT_TOOLS.get_weather.description,
    schema: CHAT_TOOLS.get_weather.inputSchema,
  }),
  tool(async (input) => CHAT_TOOLS.calculator.run(input), {
    name: 'calculator',
    description: CHAT_TOOLS.calculator.description,
    schema: CHAT_TOOLS.calculator.inputSchema,
  }),
];
