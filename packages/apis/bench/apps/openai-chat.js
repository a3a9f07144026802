// The same app written with the `openai` package against the OpenAI-compatible endpoint.
import OpenAI from 'openai';

const client = new OpenAI({
  apiKey: 'nv-demo',
  baseURL: 'https://example.invalid/v1/openai',
  dangerouslyAllowBrowser: true,
});
const messages = [{ role: 'user', content: 'Hello' }];

export async function ask() {
  const res = await client.chat.completions.create({ model: 'HCX-005', messages });
  return res.choices[0].message.content;
}

export async function askStreaming(onText) {
  const stream = await client.chat.completions.create({ model: 'HCX-005', messages, stream: true });
  let text = '';
  for await (const chunk of stream) {
    const delta = chunk.choices[0]?.delta?.content ?? '';
    text += delta;
    onText(delta);
  }
  return text;
}
