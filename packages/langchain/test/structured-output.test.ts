import type { AIMessage } from '@langchain/core/messages';
import { describe, expect, it } from 'vitest';
import * as z from 'zod';
import { ChatClovaX } from '../src/index.ts';
import { at, useEmulator } from './emulator.ts';

const ref = useEmulator();
const model = (fields: ConstructorParameters<typeof ChatClovaX>[0] = {}) =>
  new ChatClovaX({ ...at(ref.emu), maxRetries: 0, ...fields });
const lastBody = () => ref.emu.requests.at(-1)!.body as Record<string, unknown>;

const City = z
  .object({ name: z.string().describe('City name'), population: z.number().int() })
  .describe('A city');

describe('withStructuredOutput', () => {
  it('testWithStructuredOutput: jsonSchema on HCX-007 sends responseFormat with thinking off', async () => {
    const out = await model({ model: 'HCX-007' })
      .withStructuredOutput(City)
      .invoke('Tell me about Seoul');
    expect(City.safeParse(out).success).toBe(true);
    const body = lastBody();
    expect(body.responseFormat).toMatchObject({ type: 'json', schema: { type: 'object' } });
    expect(body.thinking).toEqual({ effort: 'none' });
    expect(body.tools).toBeUndefined();
  });

  it('testWithStructuredOutputIncludeRaw', async () => {
    const out = await model({ model: 'HCX-007' })
      .withStructuredOutput(City, { includeRaw: true })
      .invoke('Tell me about Seoul');
    expect(City.safeParse(out.parsed).success).toBe(true);
    expect(typeof (out.raw as AIMessage).content).toBe('string');
  });

  it('functionCalling (the default on HCX-005) forces one tool and parses its arguments', async () => {
    const m = model({ model: 'HCX-005' });
    const out = await m.withStructuredOutput(City, { name: 'city' }).invoke('Tell me about Seoul');
    expect(City.safeParse(out).success).toBe(true);
    expect(lastBody().toolChoice).toEqual({ type: 'function', function: { name: 'city' } });
    const raw = await m
      .withStructuredOutput(City, { name: 'city', includeRaw: true })
      .invoke('Tell me about Busan');
    expect((raw.raw as AIMessage).tool_calls?.[0]?.name).toBe('city');
    expect(City.safeParse(raw.parsed).success).toBe(true);
  });

  it('a JSON schema works too, and jsonMode is refused with a clear error', async () => {
    const schema = {
      title: 'city',
      type: 'object',
      properties: { name: { type: 'string' } },
      required: ['name'],
    };
    const out = await model({ model: 'HCX-007' })
      .withStructuredOutput(schema)
      .invoke('Tell me about Seoul');
    expect(typeof out.name).toBe('string');
    expect(() => model().withStructuredOutput(schema, { method: 'jsonMode' })).toThrow(
      /jsonMode.*not supported/,
    );
  });

  it('responseFormat on a model without structured outputs is refused before sending', async () => {
    const before = ref.emu.requests.length;
    await expect(
      model({ model: 'HCX-005' }).withStructuredOutput(City, { method: 'jsonSchema' }).invoke('hi'),
    ).rejects.toThrow(/responseFormat/);
    expect(ref.emu.requests.length).toBe(before);
  });
});
