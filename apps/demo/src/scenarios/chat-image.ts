import { SAMPLE_IMAGE_DATA_URI } from '../assets/sample-image.ts';
import { check, defineScenario } from '../scenario.ts';

/** An image question to HCX-005: a user message with a text part and an image part. */
export const chatImage = defineScenario({
  name: 'chat-image',
  title: 'Ask HCX-005 about an image',
  endpoint: 'POST /v3/chat-completions/HCX-005',
  async run({ client, say }) {
    const completion = await client.chat.create({
      model: 'HCX-005',
      messages: [
        {
          role: 'user',
          content: [
            {
              type: 'text',
              text: 'Describe this picture in one sentence. What is the weather like?',
            },
            { type: 'image_url', dataUri: { data: SAMPLE_IMAGE_DATA_URI } },
          ],
        },
      ],
      maxTokens: 200,
    });

    say(completion.message.content);
    check(completion.message.content.length > 0, 'the answer is empty');

    return {
      summary: `answered about a 32×32 inline PNG, ${completion.usage?.promptTokens ?? '?'} input tokens`,
      data: { answer: completion.message.content, promptTokens: completion.usage?.promptTokens },
    };
  },
});
