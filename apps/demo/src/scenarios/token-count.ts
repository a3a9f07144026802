import type { ChatMessage } from '@clova-studio/apis';
import { check, defineScenario } from '../scenario.ts';

/**
 * Counting tokens before sending: the chat calculators for v1 and v3 models (per message, and for
 * the tool definitions), the Embedding v2 calculator, and the tokenizer for LK models.
 */
export const tokenCount = defineScenario({
  name: 'token-count',
  title: 'Three token calculators and the tokenizer',
  endpoint: 'POST /v{1,3}/api-tools/{chat-tokenize,tokenize,embedding/v2/tokenize}',
  async run({ client, say }) {
    const messages = [
      { role: 'system', content: 'You are a helpful assistant.' },
      { role: 'user', content: '안녕하세요! How many tokens is this sentence?' },
    ] satisfies ChatMessage[];

    const v1 = await client.tokenizer.chat({ model: 'HCX-003', messages });
    const v1Total = v1.messages.reduce((sum, m) => sum + m.count, 0);
    say(
      `chat v1 (HCX-003):  ${v1.messages.map((m) => `${m.role} ${m.count}`).join(', ')} → ${v1Total}`,
    );

    const v3 = await client.tokenizer.chatV3({
      model: 'HCX-005',
      messages,
      tools: [
        {
          type: 'function',
          function: {
            name: 'get_time',
            description: 'Current time in a city',
            parameters: { type: 'object', properties: { city: { type: 'string' } } },
          },
        },
      ],
    });
    const v3Messages = v3.messages.reduce(
      (sum, m) => sum + m.content.reduce((s, part) => s + part.count, 0),
      0,
    );
    say(`chat v3 (HCX-005):  messages ${v3Messages}, tools ${v3.tools?.count ?? 0}`);

    const text = 'CLOVA Studio turns text into vectors.';
    const embedding = await client.tokenizer.embeddingV2({ text });
    say(`embedding v2:       ${embedding.numTokens} tokens for "${text}"`);

    const lk = await client.tokenizer.tokenize({ model: 'LK-D2', text });
    say(`tokenizer (LK-D2):  ${lk.numTokens} tokens for the same text`);

    check(v1Total > 0 && v3Messages > 0, 'a chat calculator counted nothing');
    check(embedding.numTokens > 0 && lk.numTokens > 0, 'a text calculator counted nothing');

    return {
      summary: `v1 ${v1Total}, v3 ${v3Messages} + ${v3.tools?.count ?? 0} (tools), embedding ${embedding.numTokens}, LK ${lk.numTokens}`,
      data: {
        chatV1: v1Total,
        chatV3: v3Messages,
        toolsV3: v3.tools?.count,
        embeddingV2: embedding.numTokens,
        tokenizer: lk.numTokens,
      },
    };
  },
});
