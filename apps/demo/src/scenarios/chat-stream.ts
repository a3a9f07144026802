import { check, defineScenario } from '../scenario.ts';

/**
 * Chat Completions v3, streamed: the answer is written to the terminal as it arrives, then the
 * stream's helpers give the complete message and the token usage.
 */
export const chatStream = defineScenario({
  name: 'chat-stream',
  title: 'Chat v3 with the answer streamed live',
  endpoint: 'POST /v3/chat-completions/HCX-005 (SSE)',
  async run({ client, terminal, say }) {
    const stream = await client.chat.stream({
      model: 'HCX-005',
      messages: [
        { role: 'system', content: 'You are a concise travel guide.' },
        { role: 'user', content: 'Suggest three things to do in Seoul on a rainy day.' },
      ],
      maxTokens: 256,
    });

    say(`request id ${stream.requestId}`);
    terminal.write('  ');
    let chunks = 0;
    for await (const text of stream.textStream) {
      terminal.write(text);
      chunks += 1;
    }
    terminal.line();

    const message = await stream.finalMessage();
    const usage = await stream.usage();
    check(chunks > 0, 'the stream sent no text');
    check(message.content.length > 0, 'the final message is empty');

    return {
      summary: `${chunks} chunks streamed, ${usage?.totalTokens ?? '?'} tokens`,
      data: {
        chunks,
        text: message.content,
        finishReason: await stream.finishReason(),
        totalTokens: usage?.totalTokens,
      },
    };
  },
});
