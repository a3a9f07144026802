import { describe, expect, it } from 'vitest';
import { valueForSchema } from '../src/engine/schema-value.ts';
import { pickTool } from '../src/engine/tool-pick.ts';
import { createRandom } from '../src/random.ts';

const NOW = Date.UTC(2026, 4, 1);
const tools = [
  {
    name: 'search_web',
    description: 'Search the web',
    parameters: { type: 'object', properties: { query: { type: 'string' } } },
  },
  {
    name: 'send_email',
    description: 'Send an email message',
    parameters: { type: 'object', properties: {} },
  },
  {
    name: 'get_stock_price',
    description: 'Current stock price of a ticker',
    parameters: { type: 'object', properties: {} },
  },
];

describe('tool choice and arguments', () => {
  it('picks the tool whose name and description match the request', () => {
    expect(pickTool(tools, 'Search the web for best pizza in Seoul')?.name).toBe('search_web');
    expect(pickTool(tools, 'Please email kim@example.com about lunch')?.name).toBe('send_email');
    expect(pickTool(tools, '삼성전자 주가 알려줘')?.name).toBe('get_stock_price');
    expect(pickTool(tools, 'Tell me a joke')).toBeUndefined();
  });

  it('fills arguments from the request: free text, emails, numbers, enums, dates', () => {
    const value = valueForSchema(
      {
        type: 'object',
        properties: {
          query: { type: 'string' },
          to: { type: 'string', description: 'Recipient email' },
          count: { type: 'integer', minimum: 1, maximum: 10 },
          unit: { type: 'string', enum: ['celsius', 'fahrenheit'] },
          day: { type: 'string', format: 'date' },
          urgent: { type: 'boolean' },
        },
        required: ['query'],
      },
      {
        text: 'Email kim@example.com the top 3 results for pizza in fahrenheit tomorrow',
        random: createRandom(1),
        now: NOW,
      },
    ) as Record<string, unknown>;
    expect(value.query).toBe('pizza in fahrenheit tomorrow');
    expect(value.to).toBe('kim@example.com');
    expect(value.count).toBe(3);
    expect(value.unit).toBe('fahrenheit');
    expect(value.day).toBe('2026-05-02');
    expect(typeof value.urgent).toBe('boolean');
  });

  it('keeps numbers inside minimum and maximum, and arrays inside minItems and maxItems', () => {
    const value = valueForSchema(
      {
        type: 'object',
        properties: {
          n: { type: 'number', minimum: 0, maximum: 5 },
          tags: { type: 'array', items: { type: 'string' }, minItems: 3 },
        },
      },
      { text: 'set it to 99', random: createRandom(2), now: NOW },
    ) as { n: number; tags: string[] };
    expect(value.n).toBe(5);
    expect(value.tags).toHaveLength(3);
  });

  it('stays linear on pathological input (long runs that defeat naive regexes)', () => {
    const runs = [
      `a${"'".repeat(200_000)}b`,
      `x${' '.repeat(200_000)}y`,
      'a'.repeat(300_000),
      `${'for '.repeat(50_000)}\nend`,
    ];
    for (const text of runs) {
      const value = valueForSchema(
        {
          type: 'object',
          properties: { query: { type: 'string' }, to: { type: 'string', format: 'email' } },
        },
        { text, random: createRandom(3), now: NOW },
      );
      expect(value).toBeTypeOf('object');
      expect(pickTool(tools, text)).toBeUndefined();
    }
  });
});
