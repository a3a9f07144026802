import { UnsupportedFunctionalityError } from '@ai-sdk/provider';
import { describe, expect, it } from 'vitest';
import { PNG_BASE64, PNG_BYTES } from '../test/fixtures.ts';
import { convertToClovaMessages } from './convert-to-clova-messages.ts';

describe('convertToClovaMessages', () => {
  it('keeps one system message, joining extra ones with a warning', () => {
    const { messages, warnings } = convertToClovaMessages([
      { role: 'system', content: 'A' },
      { role: 'user', content: [{ type: 'text', text: 'Hi' }] },
      { role: 'system', content: 'B' },
    ]);
    expect(messages).toEqual([
      { role: 'system', content: 'A\n\nB' },
      { role: 'user', content: 'Hi' },
    ]);
    expect(warnings).toEqual([expect.objectContaining({ feature: 'multiple system messages' })]);
  });

  it('drops reasoning from earlier assistant turns with a compatibility warning', () => {
    const { messages, warnings } = convertToClovaMessages([
      {
        role: 'assistant',
        content: [
          { type: 'reasoning', text: 'thinking…' },
          { type: 'text', text: 'Answer' },
        ],
      },
    ]);
    expect(messages).toEqual([{ role: 'assistant', content: 'Answer' }]);
    expect(warnings).toEqual([
      expect.objectContaining({
        type: 'compatibility',
        feature: 'reasoning in assistant messages',
      }),
    ]);
  });

  it('sends tool calls with object arguments and tool results as text', () => {
    const { messages } = convertToClovaMessages([
      {
        role: 'assistant',
        content: [{ type: 'tool-call', toolCallId: 'c1', toolName: 'f', input: { a: 1 } }],
      },
      {
        role: 'tool',
        content: [
          {
            type: 'tool-result',
            toolCallId: 'c1',
            toolName: 'f',
            output: { type: 'json', value: { ok: true } },
          },
          {
            type: 'tool-result',
            toolCallId: 'c2',
            toolName: 'f',
            output: { type: 'error-text', value: 'boom' },
          },
          {
            type: 'tool-result',
            toolCallId: 'c3',
            toolName: 'f',
            output: { type: 'execution-denied' },
          },
        ],
      },
    ]);
    expect(messages).toEqual([
      {
        role: 'assistant',
        content: '',
        toolCalls: [{ id: 'c1', type: 'function', function: { name: 'f', arguments: { a: 1 } } }],
      },
      { role: 'tool', toolCallId: 'c1', content: '{"ok":true}' },
      { role: 'tool', toolCallId: 'c2', content: 'boom' },
      { role: 'tool', toolCallId: 'c3', content: 'Tool execution denied.' },
    ]);
  });

  it('converts every image data form to imageUrl or a full data URI', () => {
    const url = `data:image/png;base64,${PNG_BASE64}`;
    const { messages } = convertToClovaMessages([
      {
        role: 'user',
        content: [
          { type: 'file', mediaType: 'image/png', data: { type: 'data', data: PNG_BYTES } },
          { type: 'file', mediaType: 'image/*', data: { type: 'data', data: PNG_BASE64 } },
          { type: 'file', mediaType: 'image/png', data: { type: 'url', url: new URL(url) } },
          {
            type: 'file',
            mediaType: 'image',
            data: { type: 'url', url: new URL('https://e.com/a.jpg') },
          },
          { type: 'file', mediaType: 'text/plain', data: { type: 'text', text: 'notes' } },
        ],
      },
    ]);
    expect(messages[0]?.content).toEqual([
      { type: 'image_url', dataUri: { data: url } },
      { type: 'image_url', dataUri: { data: url } },
      { type: 'image_url', dataUri: { data: url } },
      { type: 'image_url', imageUrl: { url: 'https://e.com/a.jpg' } },
      { type: 'text', text: 'notes' },
    ]);
  });

  it('refuses files CLOVA cannot take', () => {
    for (const part of [
      { type: 'file', mediaType: 'application/pdf', data: { type: 'data', data: PNG_BYTES } },
      { type: 'file', mediaType: 'image/png', data: { type: 'reference', reference: { x: 'id' } } },
      {
        type: 'file',
        mediaType: 'image/png',
        data: { type: 'url', url: new URL('ftp://e.com/a.png') },
      },
    ] as const) {
      expect(() => convertToClovaMessages([{ role: 'user', content: [part] }])).toThrow(
        UnsupportedFunctionalityError,
      );
    }
  });
});
