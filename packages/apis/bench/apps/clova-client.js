// Browser app using the whole ClovaStudio client (all resource groups), for reference.
import { ClovaStudio } from '../../dist/index.js';

const client = new ClovaStudio({ apiKey: 'nv-demo', baseURL: 'https://example.invalid' });
const messages = [{ role: 'user', content: 'Hello' }];

export async function ask() {
  const res = await client.chat.create({ model: 'HCX-005', messages });
  return res.message.content;
}

export async function askStreaming(onText) {
  const stream = await client.chat.stream({ model: 'HCX-005', messages });
  for await (const text of stream.textStream) onText(text);
  return stream.finalMessage();
}
