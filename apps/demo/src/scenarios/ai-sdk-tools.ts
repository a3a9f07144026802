import { isStepCount, streamText } from 'ai';
import { clovaProviderFor } from '../adapters.ts';
import { check, defineScenario } from '../scenario.ts';
import { aiSdkTools } from '../tools/ai-sdk-tools.ts';

/**
 * AI SDK `streamText` over our provider with two local tools: the model calls the weather tool in
 * the first step, `ai` runs it, and the second step streams an answer built from its result.
 */
export const aiSdkToolLoop = defineScenario({
  name: 'ai-sdk-tools',
  title: 'AI SDK streamText with local tools over several steps',
  endpoint: 'ai: streamText → POST /v3/chat-completions/HCX-005 (SSE, tools)',
  async run({ target, terminal, say }) {
    const { colors } = terminal;
    const clova = clovaProviderFor(target);
    const result = streamText({
      model: clova('HCX-005'),
      instructions: 'Use the tools to answer; answer from their results.',
      prompt: 'What will the weather be like in Seoul tomorrow?',
      tools: aiSdkTools,
      stopWhen: isStepCount(4),
      maxOutputTokens: 1024,
    });
    let answering = false;
    for await (const part of result.stream) {
      if (part.type === 'start-step') answering = false;
      if (part.type === 'tool-result') {
        const call = `${part.toolName}(${JSON.stringify(part.input)})`;
        say(`${colors.cyan('tool')}    ${call} → ${JSON.stringify(part.output)}`);
      }
      if (part.type === 'text-delta') {
        if (!answering) terminal.write(`  ${colors.bold('answer')}  `);
        answering = true;
        terminal.write(part.text);
      }
    }
    terminal.line();
    const steps = await result.steps;
    const toolResults = steps.flatMap((step) => step.toolResults);
    const weather = toolResults[0]?.output as { temperatureC: number } | undefined;
    const text = await result.text;
    const usage = await result.totalUsage;
    check(weather !== undefined, 'the model did not call get_weather');
    check(text.includes(String(weather.temperatureC)), 'the answer does not use the tool result');
    say(colors.dim(`${steps.length} steps, ${usage.totalTokens} tokens`));
    return {
      summary: `${steps.length} steps, ${toolResults.length} tool call(s), the answer uses the result`,
      data: {
        steps: steps.length,
        toolNames: toolResults.map((r) => r.toolName),
        temperatureC: weather.temperatureC,
        text,
        finishReason: await result.finishReason,
      },
    };
  },
});
