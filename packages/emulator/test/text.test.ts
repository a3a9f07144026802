import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { segmentText } from '../src/services/segment.ts';
import { summarize } from '../src/services/summarize.ts';
import { splitSentences } from '../src/text/sentences.ts';
import { countTokens } from '../src/text/tokenizer.ts';
import type { AppServer } from './app-harness.ts';
import { expectStatus, startAppServer } from './app-harness.ts';

const NOTES =
  'How do I create a note?\nThere are two ways to create a note.\nPress add in the app or load a saved recording.\n' +
  'Notes sync to the PC site automatically.\nHow do bookmarks work?\nTap the bookmark button while recording.\n' +
  'Bookmarks let you revisit a section of the recording later.\nBookmarks are listed under the recording.';

const KOREAN =
  '우리 동네 도서관이 새로 문을 열었다. 도서관에는 어린이 열람실과 카페가 있다. 도서관 이용 시간은 저녁 9시까지다.\n' +
  '주말에는 동네 공원에서 벼룩시장이 열린다. 벼룩시장에서는 중고 물건을 싸게 살 수 있다. 벼룩시장은 오전 10시에 시작한다.';

const DEFAULTS = {
  alpha: 0,
  segCnt: -1,
  postProcess: false,
  postProcessMaxSize: 1000,
  postProcessMinSize: 300,
};

describe('splitSentences', () => {
  it('splits at line breaks and sentence ends, trimming', () => {
    expect(splitSentences('Hi there. How are you?\n\n 좋아요! 감사합니다.')).toEqual([
      'Hi there.',
      'How are you?',
      '좋아요!',
      '감사합니다.',
    ]);
  });
});

describe('segmentText', () => {
  it('spans cover every sentence once, in order, matching topicSeg', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.constantFrom(
            'Cats purr.',
            'Dogs bark loudly.',
            '날씨가 맑다.',
            'Rain falls.',
            '고양이가 잔다.',
          ),
          {
            minLength: 1,
            maxLength: 20,
          },
        ),
        fc.integer({ min: -1, max: 6 }).filter((n) => n !== 0),
        fc.boolean(),
        (sentences, segCnt, postProcess) => {
          const text = sentences.join(' ');
          const { topicSeg, span } = segmentText(text, {
            ...DEFAULTS,
            segCnt,
            postProcess,
            postProcessMaxSize: 40,
            postProcessMinSize: 10,
          });
          expect(span.flat()).toEqual(sentences.map((_, i) => i));
          expect(topicSeg.map((p) => p.length)).toEqual(span.map((s) => s.length));
          expect(topicSeg.flat()).toEqual(splitSentences(text));
        },
      ),
      { numRuns: 80 },
    );
  });

  it('splits a question-and-answer text into its topics, like the documented example', () => {
    const text =
      'How do I add a calendar event?\nThere are two options.\nTap plus in the app or import a file from mail.\n' +
      'Events sync to the web calendar.\nOn the web, import a file to create an event.\nHow do reminders work?\n' +
      'Set a reminder time on the event.\nYou may want an alert before a meeting.\nReminders are there for that.';
    const { span } = segmentText(text, { ...DEFAULTS, alpha: -100 });
    expect(span.length).toBeGreaterThanOrEqual(2);
    expect(span.map((p) => p[0])).toContain(5);
    for (const paragraph of span) expect(paragraph.length).toBeGreaterThanOrEqual(2);
  });

  it('groups sentences by topic (lexical similarity) and honours segCnt', () => {
    const auto = segmentText(KOREAN, { ...DEFAULTS, alpha: -100 });
    expect(auto.span).toEqual([
      [0, 1, 2],
      [3, 4, 5],
    ]);
    expect(segmentText(NOTES, { ...DEFAULTS, segCnt: 2 }).span).toHaveLength(2);
    expect(segmentText(NOTES, { ...DEFAULTS, segCnt: 1 }).span).toEqual([[0, 1, 2, 3, 4, 5, 6, 7]]);
  });

  it('postProcess splits paragraphs above the max size and merges ones below the min', () => {
    const long = segmentText(NOTES, {
      ...DEFAULTS,
      segCnt: 1,
      postProcess: true,
      postProcessMaxSize: 120,
      postProcessMinSize: -1,
    });
    for (const p of long.topicSeg) expect(p.join(' ').length <= 120 || p.length === 1).toBe(true);
    const merged = segmentText(NOTES, {
      ...DEFAULTS,
      alpha: 1.5,
      postProcess: true,
      postProcessMaxSize: 1000,
      postProcessMinSize: 1000,
    });
    expect(merged.span).toHaveLength(1);
  });
});

describe('summarize', () => {
  it('writes "- " bullet lines taken from the text', () => {
    const text = summarize([KOREAN], {
      autoSentenceSplitter: true,
      segCount: 2,
      segMaxSize: 1000,
      segMinSize: 0,
    });
    const lines = text.split('\n');
    expect(lines).toHaveLength(2);
    for (const line of lines) {
      expect(line.startsWith('- ')).toBe(true);
      expect(KOREAN).toContain(line.slice(2));
    }
    expect(lines[0]).toContain('도서관');
    expect(lines[1]).toContain('벼룩시장');
  });

  it('without the splitter, picks central sentences in text order', () => {
    const text = summarize([NOTES], {
      autoSentenceSplitter: false,
      segCount: -1,
      segMaxSize: 1000,
      segMinSize: 300,
    });
    const lines = text.split('\n');
    expect(lines.length).toBeGreaterThanOrEqual(1);
    expect(lines.length).toBeLessThanOrEqual(5);
    const positions = lines.map((l) => NOTES.indexOf(l.slice(2)));
    expect(positions.every((p) => p >= 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
  });
});

describe('summary and segmentation over HTTP', () => {
  let server: AppServer;
  beforeAll(async () => {
    server = await startAppServer();
  });
  afterAll(() => server.close());

  it('summary: documented example request → text + inputTokens', async () => {
    const texts = [KOREAN];
    const body = await expectStatus(
      await server.post('/v1/api-tools/summarization/v2', {
        texts,
        autoSentenceSplitter: true,
        segCount: -1,
        segMaxSize: 1000,
        segMinSize: 300,
        includeAiFilters: false,
      }),
      200,
      '20000',
    );
    const result = body.result as { text: string; inputTokens: number };
    expect(result.text).toMatch(/^- /);
    expect(result.inputTokens).toBe(countTokens(KOREAN));
    // postProcess (old field) is accepted and ignored
    await expectStatus(
      await server.post('/v1/api-tools/summarization/v2', { texts, postProcess: true }),
      200,
      '20000',
    );
  });

  it('summary errors: 40001 ranges, 40004 empty, 40003 over 35,000 chars', async () => {
    const bad = [
      { texts: 'not an array' },
      { texts: ['x'], segCount: 0 },
      { texts: ['x'], segMaxSize: 3001 },
      { texts: ['x'], segMaxSize: 100, segMinSize: 200 },
      { texts: ['x'], autoSentenceSplitter: 'yes' },
    ];
    for (const request of bad) {
      await expectStatus(
        await server.post('/v1/api-tools/summarization/v2', request),
        400,
        '40001',
      );
    }
    const min = await expectStatus(
      await server.post('/v1/api-tools/summarization/v2', {
        texts: ['x'],
        segMaxSize: 100,
        segMinSize: 200,
      }),
      400,
      '40001',
    );
    expect(min.status.message).toBe('Invalid parameter: segMinSize');
    await expectStatus(
      await server.post('/v1/api-tools/summarization/v2', { texts: [] }),
      400,
      '40004',
    );
    await expectStatus(
      await server.post('/v1/api-tools/summarization/v2', { texts: ['', ' '] }),
      400,
      '40004',
    );
    await expectStatus(
      await server.post('/v1/api-tools/summarization/v2', {
        texts: ['가'.repeat(20_000), '나'.repeat(15_001)],
      }),
      400,
      '40003',
    );
  });

  it('segmentation: documented example request → topicSeg, span, inputTokens', async () => {
    const body = await expectStatus(
      await server.post('/v1/api-tools/segmentation', {
        text: NOTES,
        alpha: -100,
        segCnt: -1,
        postProcess: false,
        postProcessMaxSize: 2000,
        postProcessMinSize: 500,
      }),
      200,
      '20000',
    );
    const result = body.result as { topicSeg: string[][]; span: number[][]; inputTokens: number };
    expect(result.topicSeg.flat()).toEqual(NOTES.split('\n'));
    expect(result.span.flat()).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
    expect(result.inputTokens).toBe(countTokens(NOTES));
    const arrayForm = await expectStatus(
      await server.post('/v1/api-tools/segmentation', { text: NOTES.split('\n'), segCnt: 3 }),
      200,
      '20000',
    );
    expect((arrayForm.result as { span: number[][] }).span).toHaveLength(3);
  });

  it('segmentation errors: 40001 ranges, 40004 empty, 40003 over 120,000 chars', async () => {
    for (const request of [
      {},
      { text: 'a', alpha: 2 },
      { text: 'a', alpha: -99 },
      { text: 'a', segCnt: 0 },
      { text: 'a', postProcessMaxSize: 0 },
      { text: 'a', postProcessMinSize: -2 },
      { text: 'a', postProcessMaxSize: 100, postProcessMinSize: 101 },
    ]) {
      await expectStatus(await server.post('/v1/api-tools/segmentation', request), 400, '40001');
    }
    await expectStatus(
      await server.post('/v1/api-tools/segmentation', { text: '\n ' }),
      400,
      '40004',
    );
    await expectStatus(
      await server.post('/v1/api-tools/segmentation', { text: 'a'.repeat(120_001) }),
      400,
      '40003',
    );
  });
});
