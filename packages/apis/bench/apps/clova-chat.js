// Browser app using only chat create + stream from @clova-studio/apis (standalone functions).
import { createChatCompletion, streamChatCompletion, Transport } from '../../dist/index.js';

const transport = new Transport({ apiKey: 'nv-demo', baseURL: 'https://example.invalid' });
const messages = [{ role: 'user', content: 'Hello' }];

export async function ask() {
  const res = await createChatCompletion(transport, { model: 'HCX-005', messages });
  return res.message.content;
}

export async function askStreaming(onText) {
  const stream = await streamChatCompletion(transport, { model: 'HCX-005', messages });
  for await (const text of stream.textStream) onText(text);
  return stream.finalMessage();
}
