import type { ChatMessage, ChatTool, ToolCall } from '@clova-studio/apis';
import { check, defineScenario } from '../scenario.ts';

/** A real local function the model can call. */
function getWeather(args: { city: string; date?: string }) {
  // A deterministic stand-in for a weather service: the point is that the model gets this result.
  const temperatureC = 17 + (args.city.length % 7) + 0.5;
  return { city: args.city, date: args.date ?? 'today', condition: 'light rain', temperatureC };
}

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

const localFunctions = { get_weather: getWeather } as const;

function runToolCall(call: ToolCall): unknown {
  if (call.function.name !== 'get_weather') throw new Error(`unknown tool ${call.function.name}`);
  const { city, date } = call.function.arguments as { city?: unknown; date?: unknown };
  return localFunctions.get_weather({
    city: typeof city === 'string' ? city : 'Seoul',
    ...(typeof date === 'string' ? { date } : {}),
  });
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
    const calls: { name: string; arguments: unknown; result: unknown }[] = [];

    for (let round = 0; round < 4; round++) {
      const completion = await client.chat.create({
        model: 'HCX-005',
        messages,
        tools,
        toolChoice: 'auto',
        maxTokens: 1024,
      });
      const { message } = completion;
      if (!message.toolCalls?.length) {
        say(`${colors.green('answer')}  ${message.content}`);
        const used = calls.map((c) => c.result as { temperatureC: number });
        const usesResult = used.some((r) => message.content.includes(String(r.temperatureC)));
        check(calls.length > 0, 'the model answered without calling the function');
        return {
          summary: `${calls.length} call(s) to get_weather, answer ${usesResult ? 'uses' : 'ignores'} the result`,
          data: { calls, answer: message.content, answerUsesResult: usesResult, rounds: round + 1 },
        };
      }

      // Send the assistant turn back with its tool calls, then one `tool` message per call.
      messages.push({
        role: 'assistant',
        content: message.content,
        toolCalls: message.toolCalls.map((call) => ({
          id: call.id,
          type: 'function',
          function: { name: call.function.name, arguments: call.function.arguments },
        })),
      });
      for (const call of message.toolCalls) {
        const result = runToolCall(call);
        say(
          `${colors.cyan('call')}    ${call.function.name}(${JSON.stringify(call.function.arguments)}) → ${JSON.stringify(result)}`,
        );
        calls.push({ name: call.function.name, arguments: call.function.arguments, result });
        messages.push({ role: 'tool', toolCallId: call.id, content: JSON.stringify(result) });
      }
    }
    check(false, 'the model kept calling tools for 4 rounds');
  },
});
