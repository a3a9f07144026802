import { BadRequestError, RequestValidationError } from '@clova-studio/core';
import { describe, expect, it } from 'vitest';
import { createSegmentation } from '../src/index.ts';
import { useEmulator } from './helpers/emulator.ts';

const t = useEmulator();

const document = [
  'How do I create a note?',
  'There are two ways.',
  'Press add in the app or load a saved recording.',
  'Notes sync to the PC site.',
  'How do bookmarks work?',
  'Tap the bookmark button while recording.',
  'You may want to revisit a section later.',
  'Bookmarks exist for that.',
].join('\n');

describe('segmentation.create (Break paragraph)', () => {
  it('splits a document into paragraphs of sentences', async () => {
    const res = await t.client.segmentation.create({
      text: document,
      alpha: -100,
      segCnt: -1,
      postProcess: false,
      postProcessMaxSize: 2000,
      postProcessMinSize: 500,
    });
    expect(res.topicSeg.length).toBeGreaterThan(0);
    expect(res.topicSeg.flat()).toContain('Tap the bookmark button while recording.');
    expect(res.inputTokens).toBeGreaterThan(0);
    expect(t.requestsTo('/v1/api-tools/segmentation')[0]?.body).toMatchObject({
      text: document,
      alpha: -100,
    });
  });

  it('works standalone and returns spans of sentence indices', async () => {
    const res = await createSegmentation(t.client.transport, { text: document, segCnt: 2 });
    expect(res.span?.flat()).toEqual(res.topicSeg.flat().map((_, i) => i));
  });

  it.each([
    [{ text: '' }, 'text'],
    [{ text: 'x'.repeat(120_001) }, 'text'],
    [{ text: document, alpha: 2 }, 'alpha'],
    [{ text: document, alpha: -2 }, 'alpha'],
    [{ text: document, segCnt: 0 }, 'segCnt'],
    [{ text: document, postProcessMaxSize: 0 }, 'postProcessMaxSize'],
    [{ text: document, postProcessMinSize: -2 }, 'postProcessMinSize'],
    [{ text: document, postProcessMinSize: 500, postProcessMaxSize: 100 }, 'postProcessMinSize'],
  ])('rejects %j before sending (%s)', async (params, path) => {
    const error = await (async () => t.client.segmentation.create(params))().catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(RequestValidationError);
    expect((error as RequestValidationError).path).toBe(path);
    expect(t.emulator.requests).toHaveLength(0);
  });

  it('surfaces an empty text sent without validation as BadRequestError 40004', async () => {
    const error = await t.client.segmentation
      .create({ text: ' ' }, { validate: false })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BadRequestError);
    expect(error).toMatchObject({ code: '40004' });
  });
});
