import { ChatClovaX } from '@clova-studio/langchain';
import type { BaseMessage } from '@langchain/core/messages';
import { createAgent } from 'langchain';
import { connectionOf } from '../adapters.ts';
import { check, defineScenario } from '../scenario.ts';
import { langChainTools } from '../tools/langchain-tools.ts';

/** The tool calls among `messages`, with their results. */
function toolRuns(messages: readonly BaseMessage[]): { name: string; result: string }[] {
  return messages
    .filter((m) => m.getType() === 'tool')
    .map((m) => ({ name: String(m.name), result: m.text }));
}

/**
 * A LangChain `createAgent` over `ChatClovaX` with two local tools (weather and calculator): a
 * two-turn conversation in which each question needs one of them, answered from its result.
 */
export const langchainAgent = defineScenario({
  name: 'langchain-agent',
  title: 'LangChain createAgent calling two local tools',
  endpoint: 'langchain: createAgent + ChatClovaX → POST /v3/chat-completions/HCX-005 (tools)',
  async run({ target, say, terminal }) {
    const { colors } = terminal;
    const agent = createAgent({
      model: new ChatClovaX({ ...connectionOf(target), model: 'HCX-005', maxTokens: 1024 }),
      tools: langChainTools,
      systemPrompt: 'Use the tools to answer; answer from their results.',
    });
    const questions = [
      'What will the weather be like in Seoul tomorrow?',
      'Calculate 1234 multiply 56',
    ];
    let messages: BaseMessage[] = [];
    const answers: string[] = [];
    for (const question of questions) {
      const before = messages.length;
      const state = await agent.invoke({
        messages: [...messages, { role: 'user', content: question }],
      });
      messages = state.messages;
      for (const run of toolRuns(messages.slice(before))) {
        say(`${colors.cyan('tool')}    ${run.name} → ${run.result}`);
      }
      const answer = messages.at(-1)?.text ?? '';
      say(`${colors.green('answer')}  ${answer}`);
      answers.push(answer);
    }
    const runs = toolRuns(messages);
    const calculation = runs.find((r) => r.name === 'calculator');
    check(
      runs.some((r) => r.name === 'get_weather'),
      'the agent did not call get_weather',
    );
    check(calculation !== undefined, 'the agent did not call the calculator');
    check(answers[1]?.includes('69104'), 'the second answer does not use the calculator result');
    return {
      summary: `${runs.length} tool calls (${runs.map((r) => r.name).join(', ')}) over ${questions.length} turns`,
      data: { tools: runs.map((r) => r.name), answers, messages: messages.length },
    };
  },
});
