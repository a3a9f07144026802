import { BadRequestError, RequestValidationError } from '@clova-studio/core';
import { describe, expect, it } from 'vitest';
import { createSummary } from '../src/index.ts';
import { useEmulator } from './helpers/emulator.ts';

const t = useEmulator();

const article =
  'CLOVA Studio offers sentence generation, summarization, classification, chat and rewriting. ' +
  'Summarization finds the key points of long texts such as reports and e-mails. ' +
  'Classification sorts sentences by type, sentiment or intent. ' +
  'An AI filter detects sensitive or unsafe output.';

describe('summary.create (Summary)', () => {
  it('summarises texts and sends only documented fields', async () => {
    const res = await t.client.summary.create({
      texts: [article],
      autoSentenceSplitter: true,
      segCount: -1,
      segMaxSize: 1000,
      segMinSize: 300,
      includeAiFilters: false,
    });
    expect(res.text.length).toBeGreaterThan(0);
    expect(res.inputTokens).toBeGreaterThan(0);
    const [req] = t.requestsTo('/v1/api-tools/summarization/v2');
    expect(req?.body).toEqual({
      texts: [article],
      autoSentenceSplitter: true,
      segCount: -1,
      segMaxSize: 1000,
      segMinSize: 300,
      includeAiFilters: false,
    });
  });

  it('works standalone', async () => {
    const res = await createSummary(t.client.transport, { texts: [article] });
    expect(res.text).toContain('-');
  });

  it.each([
    [{ texts: [] }, 'texts'],
    [{ texts: [''] }, 'texts[0]'],
    [{ texts: ['ok', 'x'.repeat(35_001)] }, 'texts[1]'],
    [{ texts: [article], segMaxSize: 3_001 }, 'segMaxSize'],
    [{ texts: [article], segMaxSize: 0 }, 'segMaxSize'],
    [{ texts: [article], segCount: 0 }, 'segCount'],
    [{ texts: [article], segCount: 1.5 }, 'segCount'],
    [{ texts: [article], segMinSize: 600, segMaxSize: 500 }, 'segMinSize'],
  ])('rejects %j before sending (%s)', async (params, path) => {
    const error = await (async () => t.client.summary.create(params))().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RequestValidationError);
    expect((error as RequestValidationError).path).toBe(path);
    expect(t.emulator.requests).toHaveLength(0);
  });

  it('surfaces whitespace-only texts as BadRequestError 40004', async () => {
    const error = await t.client.summary.create({ texts: ['   '] }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BadRequestError);
    expect(error).toMatchObject({ status: 400, code: '40004' });
  });

  it('surfaces texts over 35,000 characters in total as BadRequestError 40003', async () => {
    const half = 'word '.repeat(4_000);
    const error = await t.client.summary.create({ texts: [half, half] }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BadRequestError);
    expect(error).toMatchObject({ code: '40003' });
  });
});
