import { check, defineScenario } from '../scenario.ts';

/** A long chat history: a system prompt and many turns of wordy questions and answers. */
function longHistory(turns: number) {
  const messages: { role: 'system' | 'user' | 'assistant'; content: string }[] = [
    { role: 'system', content: 'You are a patient history tutor.' },
  ];
  for (let i = 1; i <= turns; i++) {
    messages.push({
      role: 'user',
      content:
        `Question ${i}: tell me about dynasty number ${i}, its rulers, its capital, its trade routes, and why it ended. `.repeat(
          4,
        ),
    });
    messages.push({
      role: 'assistant',
      content:
        `Answer ${i}: dynasty ${i} had several rulers, a busy capital and long trade routes; it ended after a long decline. `.repeat(
          4,
        ),
    });
  }
  messages.push({ role: 'user', content: 'Summarise what we discussed about the last dynasty.' });
  return messages;
}

/**
 * Sliding window: a history too long for HCX-003 is trimmed (oldest turns first, system prompt
 * and latest question kept) so it fits together with the answer's `maxTokens`.
 */
export const slidingWindow = defineScenario({
  name: 'sliding-window',
  title: 'Sliding window trims a long history to fit',
  endpoint: 'POST /v1/api-tools/sliding/chat-messages/HCX-003',
  async run({ client, say }) {
    const messages = longHistory(40);
    const before = await client.tokenizer.chat({ model: 'HCX-003', messages });
    const tokensBefore = before.messages.reduce((sum, m) => sum + m.count, 0);

    const maxTokens = 1024;
    const trimmed = await client.slidingWindow.chatMessages({
      model: 'HCX-003',
      maxTokens,
      messages,
    });
    const kept = trimmed.messages;
    say(
      `${messages.length} messages (${tokensBefore} tokens) → ${kept.length} messages that fit with maxTokens ${maxTokens}`,
    );

    const keptLatest = kept.at(-1)?.content === messages.at(-1)?.content;
    const keptSystem = kept[0]?.role === 'system';
    check(kept.length < messages.length, 'nothing was trimmed');
    check(keptLatest, 'the latest question was dropped');
    check(keptSystem, 'the system prompt was dropped');

    return {
      summary: `${messages.length} → ${kept.length} messages`,
      data: {
        before: messages.length,
        after: kept.length,
        tokensBefore,
        keptSystem,
        keptLatest,
      },
    };
  },
});
