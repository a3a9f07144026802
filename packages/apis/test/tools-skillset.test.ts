import {
  APIUserAbortError,
  BadRequestError,
  InternalServerError,
  NotFoundError,
  RequestValidationError,
  StreamTruncatedError,
} from '@clova-studio/core';
import { startEmulator } from '@clova-studio/emulator';
import { describe, expect, it } from 'vitest';
import {
  ClovaStudio,
  generateSkillsetFinalAnswer,
  type SkillsetStreamEvent,
  streamSkillsetFinalAnswer,
} from '../src/index.ts';
import { useEmulator } from './helpers/emulator.ts';

const t = useEmulator({ skillsets: { small: { maxTokens: 10 } } });
const FAULT = 'x-clova-emulator-fault';

describe('skillsets.generateFinalAnswer', () => {
  it('plans, calls a skill and answers', async () => {
    const res = await t.client.skillsets.generateFinalAnswer('default', {
      query: 'What is the weather forecast for Seoul tomorrow?',
      tokenStream: false,
      chatHistory: [
        { role: 'user', content: 'How is the weather today?' },
        { role: 'assistant', content: 'Calm.' },
      ],
      requestOverride: { baseOperation: { query: { appid: 'appid-1' } } },
    });
    expect(res.finalAnswer.length).toBeGreaterThan(0);
    expect(res.apiResult?.[0]?.operationId).toBe('weatherAPI');
    expect(res.tokenCount).toBeGreaterThan(0);
    expect(t.emulator.requests[0]?.path).toBe('/v1/skillsets/default/versions/1/final-answer');
  });

  it('works standalone with an explicit version', async () => {
    const res = await generateSkillsetFinalAnswer(t.client.transport, 'default', {
      query: 'Find a hotel near the subway',
      version: 1,
    });
    expect(res.apiResult?.[0]?.nameForHuman).toBe('호텔 검색');
  });

  it('surfaces an unknown skillset as NotFoundError 40400 and the token limit as 64400', async () => {
    const missing = await t.client.skillsets
      .generateFinalAnswer('nope1234', { query: 'hi' })
      .catch((e: unknown) => e);
    expect(missing).toBeInstanceOf(NotFoundError);
    expect(missing).toMatchObject({ code: '40400' });
    const tooLong = await t.client.skillsets
      .generateFinalAnswer('small', { query: 'weather '.repeat(40) })
      .catch((e: unknown) => e);
    expect(tooLong).toBeInstanceOf(BadRequestError);
    expect(tooLong).toMatchObject({ code: '64400' });
  });

  it('surfaces a blank query sent without validation as BadRequestError 61002', async () => {
    const error = await t.client.skillsets
      .generateFinalAnswer('default', { query: ' ' }, { validate: false })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BadRequestError);
    expect(error).toMatchObject({ code: '61002' });
  });

  it.each([
    ['', { query: 'q' }, 'skillsetId'],
    ['default', { query: '' }, 'query'],
    ['default', { query: 'q', version: 1.5 }, 'version'],
    [
      'default',
      { query: 'q', chatHistory: [{ role: 'system', content: 'x' }] },
      'chatHistory[0].role',
    ],
    [
      'default',
      { query: 'q', requestOverride: { operations: [{ operationId: '' }] } },
      'requestOverride.operations[0].operationId',
    ],
  ])('rejects %j %j before sending (%s)', async (id, params, path) => {
    const error = await (async () =>
      t.client.skillsets.streamFinalAnswer(
        id,
        params as Parameters<typeof t.client.skillsets.streamFinalAnswer>[1],
      ))().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RequestValidationError);
    expect((error as RequestValidationError).path).toBe(path);
    expect(t.emulator.requests).toHaveLength(0);
  });
});

describe('skillsets.streamFinalAnswer', () => {
  it('yields typed planning, cot, token and finalAnswer events', async () => {
    const stream = await t.client.skillsets.streamFinalAnswer('default', {
      query: 'Weather forecast in Seoul?',
      tokenStream: true,
    });
    const events: SkillsetStreamEvent[] = [];
    for await (const event of stream) events.push(event);
    const names = events.map((e) => e.event);
    expect(names[0]).toBe('planning');
    expect(names[1]).toBe('cot');
    expect(names.at(-1)).toBe('finalAnswer');
    const tokens = events.filter((e) => e.event === 'token');
    expect(tokens.length).toBeGreaterThan(0);
    const final = events.at(-1);
    if (final?.event !== 'finalAnswer') throw new Error('no final answer');
    expect(tokens.map((e) => (e.event === 'token' ? e.data.text : '')).join('')).toBe(
      final.data.finalAnswer,
    );
    const planning = events[0];
    if (planning?.event !== 'planning') throw new Error('no planning');
    expect(planning.data.selectedSkill).toMatchObject({ nameForHuman: '날씨 정보' });
    expect(t.emulator.requests[0]?.headers.accept).toContain('text/event-stream');
  });

  it('finalAnswer() reads to the end (standalone)', async () => {
    const stream = await streamSkillsetFinalAnswer(t.client.transport, 'default', {
      query: 'Any hotel near a subway station?',
    });
    const final = await stream.finalAnswer();
    expect(final.finalAnswer).toContain('Emulator Hotel');
    expect(stream.requestId).toBe(t.emulator.requests[0]?.requestId);
  });

  it('throws StreamTruncatedError when the stream ends without finalAnswer', async () => {
    const stream = await t.client.skillsets.streamFinalAnswer(
      'default',
      { query: 'Weather forecast?' },
      { headers: { [FAULT]: 'cut-after=1' } },
    );
    await expect(stream.finalAnswer()).rejects.toBeInstanceOf(StreamTruncatedError);
  });

  it('throws the typed error of an in-stream error event', async () => {
    const stream = await t.client.skillsets.streamFinalAnswer(
      'default',
      { query: 'Weather forecast?' },
      { headers: { [FAULT]: 'error-after=1; code=50000' } },
    );
    const error = await stream.finalAnswer().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InternalServerError);
    expect(error).toMatchObject({ code: '50000' });
  });

  it('surfaces an HTTP error before the stream starts', async () => {
    const error = await t.client.skillsets
      .streamFinalAnswer('nope1234', { query: 'hi' })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NotFoundError);
  });

  it('aborts the request when the consumer breaks out early', async () => {
    // a slow emulator (1 s between events) so that the stream is still open when we leave
    const slow = await startEmulator({ rateLimits: false, latency: { perTokenMs: 1_000 } });
    try {
      const client = new ClovaStudio({ apiKey: slow.apiKey, baseURL: slow.url, logLevel: 'off' });
      const stream = await client.skillsets.streamFinalAnswer('default', {
        query: 'Weather forecast in Seoul?',
        tokenStream: true,
      });
      for await (const event of stream) {
        expect(event.event).toBe('planning');
        break;
      }
      expect(stream.controller.signal.aborted).toBe(true);
    } finally {
      await slow.close();
    }
  });

  it('is abortable through the core Stream API', async () => {
    const stream = await t.client.skillsets.streamFinalAnswer('default', {
      query: 'Weather forecast in Seoul?',
      tokenStream: true,
    });
    stream.abort();
    expect(stream.controller.signal.aborted).toBe(true);
    await expect(stream.finalAnswer()).rejects.toBeInstanceOf(APIUserAbortError);
  });
});
