import { InMemoryCache } from '@langchain/core/caches';
import { AIMessage, HumanMessage, ToolMessage } from '@langchain/core/messages';
import { describe, expect, it } from 'vitest';
import * as z from 'zod';
import { ChatClovaX } from '../src/index.ts';
import { at, useEmulator } from './emulator.ts';

const ref = useEmulator();
const model = (fields: ConstructorParameters<typeof ChatClovaX>[0] = {}) =>
  new ChatClovaX({ ...at(ref.emu), maxRetries: 0, ...fields });

describe('content blocks and the rest of the checklist', () => {
  it('testStandardTextContentBlocks: list text content is sent as text', async () => {
    const res = await model().invoke([
      new HumanMessage({
        content: [
          { type: 'text', text: 'Tell me' },
          { type: 'text', text: ' about Seoul' },
        ],
      }),
    ]);
    expect((res.content as string).length).toBeGreaterThan(0);
    expect(
      (ref.emu.requests.at(-1)!.body as { messages: { content: unknown }[] }).messages[0]!.content,
    ).toBe('Tell me about Seoul');
  });

  it('testStandardAudioContentBlocks / testStandardFileContentBlocks: refused with a clear error (the service takes text and images only)', async () => {
    const before = ref.emu.requests.length;
    for (const block of [
      { type: 'audio' as const, mimeType: 'audio/wav', data: 'UklGRg==' },
      { type: 'file' as const, mimeType: 'application/pdf', data: 'JVBERi0=' },
    ]) {
      await expect(
        model().invoke([
          new HumanMessage({ content: [{ type: 'text', text: 'What is this?' }, block] }),
        ]),
      ).rejects.toThrow(new RegExp(`text and image content only, got a "${block.type}" block`));
    }
    expect(ref.emu.requests.length).toBe(before);
  });

  it('testCacheComplexMessageTypes: a cached answer is served without a second request', async () => {
    const m = model({ cache: new InMemoryCache() });
    const input = [new HumanMessage({ content: [{ type: 'text', text: 'Tell me about Seoul' }] })];
    const first = await m.invoke(input);
    const before = ref.emu.requests.length;
    const second = await m.invoke(input);
    expect(second.content).toBe(first.content);
    expect(ref.emu.requests.length).toBe(before);
  });

  it('testStructuredFewShotExamples: few-shot tool-call examples before the question', async () => {
    const Person = z.object({ name: z.string(), age: z.number().int() }).meta({ title: 'person' });
    const out = await model()
      .withStructuredOutput(Person, { name: 'person', method: 'functionCalling' })
      .invoke([
        new HumanMessage('Kim is 30.'),
        new AIMessage({
          content: '',
          tool_calls: [{ id: 'call_1', name: 'person', args: { name: 'Kim', age: 30 } }],
        }),
        new ToolMessage({ content: 'ok', tool_call_id: 'call_1' }),
        new HumanMessage('Lee is 41.'),
      ]);
    expect(Person.safeParse(out).success).toBe(true);
  });
});
