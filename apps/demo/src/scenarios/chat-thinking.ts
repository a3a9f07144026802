import { check, defineScenario } from '../scenario.ts';

/**
 * HCX-007 with thinking: the stream carries the reasoning and the answer in separate deltas, so
 * the reasoning can be shown apart (dimmed) before the answer.
 */
export const chatThinking = defineScenario({
  name: 'chat-thinking',
  title: 'HCX-007 reasoning shown apart from the answer',
  endpoint: 'POST /v3/chat-completions/HCX-007 (SSE, thinking)',
  async run({ client, terminal }) {
    const { colors } = terminal;
    const stream = await client.chat.stream({
      model: 'HCX-007',
      messages: [
        {
          role: 'user',
          content:
            'A train leaves at 14:40 and the trip takes 2 hours 35 minutes. When does it arrive?',
        },
      ],
      thinking: { effort: 'low' },
      maxCompletionTokens: 2048,
    });

    let section: 'thinking' | 'answer' | undefined;
    for await (const event of stream) {
      if (event.event !== 'token') continue;
      const { thinkingContent, content } = event.data.message;
      if (thinkingContent) {
        if (section !== 'thinking') terminal.write(`  ${colors.bold('thinking')}  `);
        section = 'thinking';
        terminal.write(colors.dim(thinkingContent));
      }
      if (content) {
        if (section !== 'answer') terminal.write(`\n  ${colors.bold('answer')}    `);
        section = 'answer';
        terminal.write(content);
      }
    }
    terminal.line();

    const message = await stream.finalMessage();
    const usage = await stream.usage();
    const thinking = message.thinkingContent ?? '';
    check(thinking.length > 0, 'no reasoning came back');
    check(message.content.length > 0, 'no answer came back');
    check(!message.content.includes(thinking), 'the reasoning leaked into the answer');

    const thinkingTokens = usage?.completionTokensDetails?.thinkingTokens;
    return {
      summary: `${thinking.length} characters of reasoning, ${message.content.length} of answer, ${thinkingTokens ?? '?'} thinking tokens`,
      data: { thinking, answer: message.content, thinkingTokens },
    };
  },
});
