import type { ChatMessage, ChatTool, ToolCall } from '@clova-studio/apis';
import { check, defineScenario, ScenarioCheckFailed } from '../scenario.ts';

/** What our local weather function returns. */
interface WeatherReport {
  city: string;
  date: string;
  condition: string;
  temperatureC: number;
}

/** A real local function the model can call (a deterministic stand-in for a weather service). */
function getWeather(city: string, date = 'today'): WeatherReport {
  return { city, date, condition: 'light rain', temperatureC: 17.5 + (city.length % 7) };
}

/** How the model sees `getWeather`. */
const tools: ChatTool[] = [
  {
    type: 'function',
    function: {
      name: 'get_weather',
      description: 'Get the weather forecast for a city.',
      parameters: {
        type: 'object',
        properties: {
          city: { type: 'string', description: 'City name, e.g. Seoul' },
          date: { type: 'string', description: 'Day to forecast, e.g. tomorrow' },
        },
        required: ['city'],
      },
    },
  },
];

/** Runs one tool call with the local function (the arguments come from the model: check them). */
function runToolCall(call: ToolCall): WeatherReport {
  if (call.function.name !== 'get_weather') throw new Error(`unknown tool ${call.function.name}`);
  const { city, date } = call.function.arguments;
  return getWeather(
    typeof city === 'string' ? city : 'Seoul',
    typeof date === 'string' ? date : undefined,
  );
}

/**
 * The function-calling loop: ask, run every tool call the model makes with a real local function,
 * send the results back as `tool` messages, and repeat until the model answers in text.
 */
export const functionCalling = defineScenario({
  name: 'function-calling',
  title: 'Function-calling loop with a real local function',
  endpoint: 'POST /v3/chat-completions/HCX-005 (tools)',
  async run({ client, say, terminal }) {
    const { colors } = terminal;
    const messages: ChatMessage[] = [
      { role: 'user', content: 'What will the weather be like in Seoul tomorrow?' },
    ];
    const calls: { name: string; arguments: unknown; result: WeatherReport }[] = [];

    for (let round = 1; round <= 4; round++) {
      const { message } = await client.chat.create({
        model: 'HCX-005',
        messages,
        tools,
        toolChoice: 'auto',
        maxTokens: 1024, // tool calling needs at least 1024
      });

      if (!message.toolCalls?.length) {
        say(`${colors.green('answer')}  ${message.content}`);
        check(calls.length > 0, 'the model answered without calling the function');
        const usesResult = calls.some((c) =>
          message.content.includes(String(c.result.temperatureC)),
        );
        return {
          summary: `${calls.length} call(s) to get_weather, the answer ${usesResult ? 'uses' : 'ignores'} the result`,
          data: { calls, answer: message.content, answerUsesResult: usesResult, rounds: round },
        };
      }

      // Send the assistant turn back as it came, then one `tool` message per call.
      messages.push({ role: 'assistant', content: message.content, toolCalls: message.toolCalls });
      for (const call of message.toolCalls) {
        const result = runToolCall(call);
        const args = JSON.stringify(call.function.arguments);
        say(`${colors.cyan('call')}    ${call.function.name}(${args}) → ${JSON.stringify(result)}`);
        calls.push({ name: call.function.name, arguments: call.function.arguments, result });
        messages.push({ role: 'tool', toolCallId: call.id, content: JSON.stringify(result) });
      }
    }
    throw new ScenarioCheckFailed('the model was still calling tools after 4 rounds');
  },
});
