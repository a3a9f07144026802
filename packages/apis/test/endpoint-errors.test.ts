import { RequestValidationError, Transport } from '@clova-studio/core';
import { describe, expect, it } from 'vitest';
import {
  createChatCompletion,
  createEmbedding,
  createSummary,
  getTraining,
  routeQuery,
  streamSkillsetFinalAnswer,
} from '../src/index.ts';

// Nothing is sent: validation fails first.
const transport = new Transport({
  apiKey: 'nv-test',
  baseURL: 'http://127.0.0.1:9',
  maxRetries: 0,
});

describe('every endpoint reports a validation error the same way', () => {
  it.each([
    [
      'createChatCompletion',
      () => createChatCompletion(transport, { model: 'HCX-005', messages: [] }),
    ],
    ['createEmbedding', () => createEmbedding(transport, { text: '' })],
    ['createSummary', () => createSummary(transport, { texts: [] })],
    ['getTraining', () => getTraining(transport, '')],
    ['routeQuery', () => routeQuery(transport, '', { query: 'q' })],
    ['streamSkillsetFinalAnswer', () => streamSkillsetFinalAnswer(transport, 'id', { query: '' })],
  ])('%s returns a rejected APIPromise instead of throwing synchronously', async (_name, call) => {
    let returned: Promise<unknown> | undefined;
    expect(() => {
      returned = call();
    }).not.toThrow();
    await expect(returned).rejects.toBeInstanceOf(RequestValidationError);
  });
});

describe('chat.create routed to v1', () => {
  it('rejects a model together with a taskId instead of dropping the taskId', async () => {
    await expect(
      createChatCompletion(transport, {
        model: 'HCX-003',
        taskId: 'abcd1234',
        messages: [{ role: 'user', content: 'Hi' }],
      }),
    ).rejects.toMatchObject({ path: 'model' });
  });
});
