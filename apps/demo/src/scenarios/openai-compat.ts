import OpenAI from 'openai';
import { check, defineScenario } from '../scenario.ts';

/**
 * The OpenAI-compatible layer through the official `openai` package: only the base URL
 * (`…/v1/openai`) and the key change. Lists models, streams a chat answer, embeds with bge-m3.
 */
export const openaiCompat = defineScenario({
  name: 'openai-compat',
  title: 'OpenAI-compatible layer via the official openai package',
  endpoint: 'POST /v1/openai/chat/completions',
  async run({ target, terminal, say }) {
    const openai = new OpenAI({
      apiKey: target.clientOptions.apiKey,
      baseURL: `${target.baseURL}/v1/openai`,
    });

    const models = await openai.models.list();
    const modelIds = models.data.map((m) => m.id);
    say(`models: ${modelIds.join(', ')}`);

    const stream = await openai.chat.completions.create({
      model: 'HCX-005',
      messages: [
        { role: 'user', content: 'Say hello to a new CLOVA Studio user in one sentence.' },
      ],
      max_tokens: 100,
      stream: true,
    });
    terminal.write('  ');
    let text = '';
    for await (const chunk of stream) {
      const delta = chunk.choices[0]?.delta?.content ?? '';
      text += delta;
      terminal.write(delta);
    }
    terminal.line();
    check(text.length > 0, 'the chat stream sent no text');

    // CLOVA only returns floats: the openai package asks for base64 unless told otherwise.
    const embedding = await openai.embeddings.create({
      model: 'bge-m3',
      input: 'Hello, CLOVA!',
      encoding_format: 'float',
    });
    const dimensions = embedding.data[0]?.embedding.length ?? 0;
    say(`bge-m3 embedding: ${dimensions} dimensions`);
    check(dimensions > 0, 'the embedding is empty');

    return {
      summary: `${modelIds.length} models listed, ${text.length} characters streamed, ${dimensions}-d embedding`,
      data: { models: modelIds, text, dimensions },
    };
  },
});
