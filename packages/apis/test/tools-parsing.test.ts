import { describe, expect, it } from 'vitest';
import {
  ragReasoningResponseSchema,
  routerResponseSchema,
  trainingListResponseSchema,
  trainingTaskSchema,
} from '../src/index.ts';
import { parseSkillsetStreamEvent } from '../src/internal.ts';

const waitingTask = {
  id: 'czf9fbky',
  name: '230821-130704',
  model: 'HCX-003',
  trainEpochs: 8,
  learningRate: 1.0e-4,
  status: 'WAIT',
  statusInfo: {
    label: null,
    dataRows: null,
    numOfTokens: null,
    currStep: null,
    totalTrainSteps: null,
    currEpoch: null,
    totalTrainEpochs: null,
    estimatedTime: null,
    trainLoss: null,
    sendWeightSuccess: null,
    failureReason: null,
    message: null,
    endDatetime: null,
  },
  createdClientType: 'API',
  createdDate: '2023-08-21T13:07:06+0900',
  updatedDate: '2023-08-21T13:07:06+0900',
};

describe('lenient response parsing', () => {
  it('accepts a task with every statusInfo field null and keeps unknown fields', () => {
    const task = trainingTaskSchema.parse({ ...waitingTask, futureField: 1 });
    expect(task.status).toBe('WAIT');
    expect(task.statusInfo?.currEpoch).toBeNull();
    expect((task as Record<string, unknown>).futureField).toBe(1);
  });

  it('reads list page numbers rendered as strings like "7," (as in the reference example)', () => {
    const page = trainingListResponseSchema.parse({
      totalPages: '7,',
      totalElements: '122,',
      size: '20',
      number: 0,
      content: [{ ...waitingTask, method: 'LoRA', taskType: 'GENERATION', status: 'FAILED' }],
    });
    expect(page).toMatchObject({ totalPages: 7, totalElements: 122, size: 20, number: 0 });
    expect(page.content[0]?.method).toBe('LoRA');
  });

  it('turns RAG Reasoning tool-call arguments sent as a JSON string into an object', () => {
    const res = ragReasoningResponseSchema.parse({
      message: {
        role: 'assistant',
        content: '',
        toolCalls: [
          {
            id: 'call_1',
            type: 'function',
            function: { name: 'search', arguments: '{"query":"A100"}' },
          },
        ],
      },
      usage: { promptTokens: 1, completionTokens: 2, totalTokens: 3 },
    });
    expect(res.message.toolCalls?.[0]?.function.arguments).toEqual({ query: 'A100' });
  });

  it('accepts a router result without the optional filters', () => {
    const res = routerResponseSchema.parse({ domain: { result: '', called: false } });
    expect(res.blockedContent).toBeUndefined();
  });
});

describe('parseSkillsetStreamEvent', () => {
  it('types the documented events', () => {
    expect(
      parseSkillsetStreamEvent({
        id: '1',
        event: 'planning',
        data: { selectedSkill: { nameForHuman: 'Hotel search' }, tokenCount: 432 },
      }),
    ).toMatchObject({ event: 'planning', id: '1', data: { tokenCount: 432 } });
    expect(
      parseSkillsetStreamEvent({
        id: undefined,
        event: 'finalAnswer',
        data: { finalAnswer: 'Hi' },
      }),
    ).toMatchObject({ event: 'finalAnswer', data: { finalAnswer: 'Hi' } });
  });

  it('tolerates a result event carrying the final answer, a signal event, and an unnamed token event', () => {
    expect(
      parseSkillsetStreamEvent({ id: undefined, event: 'result', data: { finalAnswer: 'Done' } }),
    ).toMatchObject({ event: 'finalAnswer', data: { finalAnswer: 'Done' } });
    expect(
      parseSkillsetStreamEvent({ id: undefined, event: 'signal', data: '[DONE]' }),
    ).toBeUndefined();
    expect(
      parseSkillsetStreamEvent({
        id: undefined,
        event: 'message',
        data: { text: 'to', stopReason: null },
      }),
    ).toMatchObject({ event: 'token', data: { text: 'to' } });
    expect(parseSkillsetStreamEvent({ id: undefined, event: 'ping', data: {} })).toBeUndefined();
  });

  it('lower-cases a token event stopReason, like v1 chat (the docs show both cases)', () => {
    expect(
      parseSkillsetStreamEvent({
        id: undefined,
        event: 'token',
        data: { text: '', stopReason: 'LENGTH' },
      }),
    ).toMatchObject({ event: 'token', data: { stopReason: 'length' } });
  });
});
