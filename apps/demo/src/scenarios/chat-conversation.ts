import type { ChatMessage } from '@clova-studio/apis';
import { defineScenario } from '../scenario.ts';

/**
 * A multi-turn conversation: the history grows by the model's own reply and the next question,
 * so the second answer can refer to the first.
 */
export const chatConversation = defineScenario({
  name: 'chat-conversation',
  title: 'Multi-turn conversation that keeps its history',
  endpoint: 'POST /v3/chat-completions/HCX-DASH-002',
  async run({ client, say, terminal }) {
    const { colors } = terminal;
    const messages: ChatMessage[] = [
      {
        role: 'system',
        content: 'You are a friendly assistant who answers in one or two sentences.',
      },
    ];
    const questions = [
      'My name is Jisoo and I am learning to cook. What should I try first?',
      'What was my name again, and what am I learning?',
      'Give me a shopping list for that first dish.',
    ];

    let totalTokens = 0;
    for (const question of questions) {
      messages.push({ role: 'user', content: question });
      const completion = await client.chat.create({
        model: 'HCX-DASH-002',
        messages,
        maxTokens: 200,
      });
      messages.push({ role: 'assistant', content: completion.message.content });
      totalTokens += completion.usage?.totalTokens ?? 0;

      say(`${colors.cyan('you')}  ${question}`);
      say(`${colors.green('hcx')}  ${completion.message.content}`);
    }

    return {
      summary: `${questions.length} turns, ${messages.length} messages in the history, ${totalTokens} tokens`,
      data: { turns: questions.length, historyLength: messages.length, totalTokens },
    };
  },
});
