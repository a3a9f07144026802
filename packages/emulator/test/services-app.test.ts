import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningEmulator } from '../src/index.ts';
import { startEmulator } from '../src/index.ts';

/** The APIs beside chat through the whole app: auth, prefixes, trailing slashes, clock, reset. */
describe('router, skillset, tuning and other service APIs through startEmulator', () => {
  let emulator: RunningEmulator;
  beforeAll(async () => {
    emulator = await startEmulator({ tuning: { queueMs: 1_000, runMs: 10_000 } });
  });
  afterAll(() => emulator.close());

  const call = (
    method: string,
    path: string,
    body?: unknown,
    headers: Record<string, string> = {},
  ) =>
    fetch(emulator.url + path, {
      method,
      headers: {
        authorization: `Bearer ${emulator.apiKey}`,
        'x-ncp-clovastudio-request-id': 'tools-test',
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        ...headers,
      },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });

  it('answers embedding, summary, segmentation, reranker, router and skillset on every prefix', async () => {
    const requests: [string, unknown][] = [
      ['/v1/api-tools/embedding/clir-emb-dolphin', { text: 'How is the weather today?' }],
      ['/testapp/v1/api-tools/embedding/v2/', { text: '오늘 날씨 어때?' }],
      [
        '/serviceapp/v1/api-tools/summarization/v2',
        { texts: ['첫 문장입니다. 두 번째 문장입니다.'] },
      ],
      ['/testapp/v1/api-tools/segmentation', { text: 'One topic here.\nAnother topic there.' }],
      [
        '/v1/api-tools/reranker',
        { documents: [{ id: 'a', doc: 'weather is sunny' }], query: 'weather' },
      ],
      ['/serviceapp/v1/routers/default/versions/1/route', { query: '내일 날씨 알려줘' }],
      ['/v1/skillsets/default/versions/1/final-answer', { query: '내일 날씨 어때?' }],
    ];
    for (const [path, body] of requests) {
      const response = await call('POST', path, body);
      const json = (await response.json()) as { status: { code: string }; result: unknown };
      expect({ path, status: response.status, code: json.status.code }).toEqual({
        path,
        status: 200,
        code: '20000',
      });
      expect(json.result).toBeDefined();
    }
  });

  it('renders tool errors in the CLOVA envelope', async () => {
    const response = await call('POST', '/v1/api-tools/embedding/v2', { text: '' });
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({ status: { code: '40004', message: 'Text empty' } });
    const router = await call('POST', '/v1/routers/unknown1/versions/1/route', { query: 'x' });
    expect(router.status).toBe(404);
  });

  it('requires authentication', async () => {
    const response = await fetch(`${emulator.url}/v1/api-tools/embedding/v2`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ text: 'x' }),
    });
    expect(response.status).toBe(401);
  });

  it('tuning tasks move on the emulator clock, show in tuningTasks() and go on reset()', async () => {
    const created = (await (
      await call('POST', '/tuning/v2/tasks', {
        model: 'HCX-003',
        trainingDatasetBucket: 'b',
        trainingDatasetFilePath: 'd.jsonl',
        trainingDatasetAccessKey: 'a',
        trainingDatasetSecretKey: 's',
      })
    ).json()) as { result: { id: string; status: string } };
    expect(created.result.status).toBe('WAIT');
    emulator.clock.advance(11_000);
    const got = (await (await call('GET', `/tuning/v2/tasks/${created.result.id}`)).json()) as {
      result: { status: string };
    };
    expect(got.result.status).toBe('SUCCEEDED');
    expect(emulator.tuningTasks()).toHaveLength(1);
    emulator.reset();
    expect(emulator.tuningTasks()).toHaveLength(0);
  });

  it('accepts a multipart tuning create through the app', async () => {
    const form = new FormData();
    form.set('model', 'HCX-DASH-001');
    form.set('learningRate', '1e-5');
    form.set(
      'trainingDataset',
      new Blob(['System_Prompt,C_ID,T_ID,Text,Completion\n']),
      'train.csv',
    );
    const response = await fetch(`${emulator.url}/tuning/v2/tasks`, {
      method: 'POST',
      headers: { authorization: `Bearer ${emulator.apiKey}` },
      body: form,
    });
    const body = (await response.json()) as {
      status: { code: string };
      result: { learningRate: number };
    };
    expect(body.status.code).toBe('20000');
    expect(body.result.learningRate).toBe(1e-5);
  });

  it('streams the skillset answer through the shared SSE writer', async () => {
    const response = await call(
      'POST',
      '/v1/skillsets/default/versions/1/final-answer',
      { query: '역 근처 호텔 찾아줘', tokenStream: true },
      { accept: 'text/event-stream' },
    );
    expect(response.headers.get('content-type')).toContain('text/event-stream');
    const events = [...(await response.text()).matchAll(/^event:(\S+)$/gm)].map((m) => m[1]);
    expect(events[0]).toBe('planning');
    expect(events[1]).toBe('cot');
    expect(events.at(-1)).toBe('finalAnswer');
    expect(events.slice(2, -1).every((e) => e === 'token')).toBe(true);
  });
});
