// The README's examples, type-checked by `tsc` (and run once against the emulator).
import { beforeAll, describe, expect, it } from 'vitest';
import {
  type ChatMessage,
  type ClovaStudio,
  createChatCompletion,
  models,
  RateLimitError,
  RequestValidationError,
  streamChatCompletion,
  Transport,
} from '../src/index.ts';
import { useEmulator } from './helpers/emulator.ts';

const env = useEmulator();
beforeAll(() => env.ready);

async function readmeExamples(
  client: ClovaStudio,
  getWeather: (args: unknown) => Promise<unknown>,
) {
  const messages: ChatMessage[] = [{ role: 'user', content: '내일 서울 날씨 어때?' }];
  const tools = [
    {
      type: 'function',
      function: {
        name: 'get_weather',
        description: 'Weather lookup',
        parameters: {
          type: 'object',
          properties: { location: { type: 'string' } },
          required: ['location'],
        },
      },
    },
  ] as const;
  const first = await client.chat.create({
    model: 'HCX-005',
    messages,
    tools: [...tools],
    maxTokens: 1024,
  });
  for (const call of first.message.toolCalls ?? []) {
    const result = await getWeather(call.function.arguments);
    messages.push(
      { role: 'assistant', content: '', toolCalls: [call] },
      { role: 'tool', toolCallId: call.id, content: JSON.stringify(result) },
    );
  }
  const answer = await client.chat.create({
    model: 'HCX-005',
    messages,
    tools: [...tools],
    maxTokens: 1024,
  });

  const stream = await client.chat.stream({
    model: 'HCX-007',
    messages,
    maxCompletionTokens: 4096,
  });
  let text = '';
  for await (const t of stream.textStream) text += t;
  const usage = await stream.usage();

  const v1 = await client.chat.v1.create({
    model: 'HCX-003',
    messages: [{ role: 'user', content: 'Hello' }],
    repeatPenalty: 5,
    stopBefore: ['###'],
  });
  const oai = await client.openai.chat.completions.create({
    model: 'HCX-005',
    messages: [{ role: 'user', content: 'Hi' }],
  });

  // README: new Transport({ apiKey: 'nv-…' }); here the emulator's
  const transport = new Transport({ ...client.transport.options });
  const standalone = await createChatCompletion(transport, { model: 'HCX-005', messages });
  const standaloneStream = await streamChatCompletion(transport, { model: 'HCX-005', messages });

  try {
    await client.chat.create({ model: 'HCX-005', messages });
  } catch (e) {
    if (e instanceof RequestValidationError) console.error(e.path, e.issues);
    else if (e instanceof RateLimitError) console.error(e.code, e.retryAfterMs);
  }
  return [
    answer.message.content,
    text,
    usage?.totalTokens,
    v1.stopReason,
    oai.choices[0]?.message.content,
    standalone,
    standaloneStream,
    models['HCX-007'].thinking,
  ];
}

describe('README examples', () => {
  it('run against the emulator', async () => {
    const out = await readmeExamples(env.client, async () => ({ temperatureC: 21 }));
    expect(typeof out[0]).toBe('string');
    expect(typeof out[1]).toBe('string');
    expect(out[7]).toBe(true);
  });
});
