import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createTuningState,
  createTuningTask,
  findSucceededTask,
  listTuningTasks,
  resetTuningState,
} from '../src/services/tuning-store.ts';
import type { TuningTaskView } from '../src/services/tuning-task.ts';
import type { AppServer } from './app-harness.ts';
import { expectStatus, manualClock, startAppServer } from './app-harness.ts';

const DATASET = {
  trainingDatasetBucket: 'my-bucket',
  trainingDatasetFilePath: 'train/chat.jsonl',
  trainingDatasetAccessKey: 'AK',
  trainingDatasetSecretKey: 'SK',
};
const TASK_FIELDS = [
  'createdClientType',
  'createdDate',
  'id',
  'learningRate',
  'model',
  'name',
  'status',
  'statusInfo',
  'taskType',
  'trainEpochs',
  'updatedDate',
];
const STATUS_INFO_FIELDS = [
  'currEpoch',
  'currStep',
  'dataRows',
  'endDatetime',
  'estimatedTime',
  'failureReason',
  'label',
  'message',
  'numOfTokens',
  'sendWeightSuccess',
  'totalTrainEpochs',
  'totalTrainSteps',
  'trainLoss',
];
const NEW_TASK = {
  name: undefined,
  model: 'HCX-003',
  taskType: 'GENERATION' as const,
  tuningType: 'PEFT',
  trainEpochs: 8,
  learningRate: 1e-4,
  validationSplitRatio: 0,
  loraR: 8,
  loraAlpha: 64,
  dataset: 'bucket/data.csv',
};

describe('tuning state machine', () => {
  it('moves WAIT → RUNNING → SUCCEEDED on the clock; findSucceededTask only then', () => {
    const clock = manualClock();
    const state = createTuningState(clock);
    const task = createTuningTask(state, NEW_TASK, { queueMs: 1000, runMs: 5000 });
    expect(task.status).toBe('WAIT');
    expect(Object.values(task.statusInfo).every((v) => v === null)).toBe(true);
    expect(findSucceededTask(state, task.id)).toBeUndefined();
    clock.advance(1000);
    const running = listTuningTasks(state)[0];
    expect(running?.status).toBe('RUNNING');
    expect(running?.statusInfo.totalTrainEpochs).toBe(8);
    clock.advance(5000);
    const done = findSucceededTask(state, task.id);
    expect(done?.status).toBe('SUCCEEDED');
    expect(done?.model).toBe('HCX-003');
    expect(done?.statusInfo.sendWeightSuccess).toBe(true);
    expect(done?.statusInfo.endDatetime).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+0900$/);
    resetTuningState(state);
    expect(listTuningTasks(state)).toEqual([]);
  });

  it('a dataset with a bad extension FAILS when it would start', () => {
    const clock = manualClock();
    const state = createTuningState(clock);
    const task = createTuningTask(
      state,
      { ...NEW_TASK, dataset: 'b/data.txt' },
      { queueMs: 10, runMs: 10 },
    );
    clock.advance(10);
    const failed = listTuningTasks(state).find((t) => t.id === task.id);
    expect(failed?.status).toBe('FAILED');
    expect(failed?.statusInfo.failureReason).toBe('file.extension');
    expect(findSucceededTask(state, task.id)).toBeUndefined();
  });
});

describe('tuning over HTTP', () => {
  let server: AppServer;
  beforeAll(async () => {
    server = await startAppServer({ tuning: { queueMs: 60_000, runMs: 600_000 } });
  });
  afterAll(() => server.close());

  async function create(body: Record<string, unknown>): Promise<TuningTaskView> {
    const response = await expectStatus(await server.post('/tuning/v2/tasks', body), 200, '20000');
    return response.result as TuningTaskView;
  }

  it('create (JSON) → task object in WAIT with documented fields and date format', async () => {
    const task = await create({
      name: 'my-task',
      model: 'HCX-003',
      trainEpochs: '8',
      learningRate: '1e-5f',
      ...DATASET,
    });
    expect(Object.keys(task).sort()).toEqual(TASK_FIELDS);
    expect(Object.keys(task.statusInfo).sort()).toEqual(STATUS_INFO_FIELDS);
    expect(task.id).toMatch(/^[a-z][a-z0-9]{7}$/);
    expect(task.status).toBe('WAIT');
    expect(task.name).toBe('my-task');
    expect(task.trainEpochs).toBe(8);
    expect(task.learningRate).toBe(1e-5);
    expect(task.createdClientType).toBe('API');
    expect(task.createdDate).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+0900$/);
    const unnamed = await create({ model: 'HCX-003', ...DATASET });
    expect(unnamed.name).toMatch(/^\d{6}-\d{6}$/);
    expect(unnamed.trainEpochs).toBe(8);
    expect(unnamed.learningRate).toBe(1e-4);
  });

  it('create (multipart/form-data with a file part) is accepted', async () => {
    const form = new FormData();
    form.set('model', 'HCX-003');
    form.set('trainEpochs', '4');
    form.set(
      'trainingDataset',
      new Blob(['System_Prompt,C_ID,T_ID,Text,Completion\n']),
      'train.csv',
    );
    const response = await fetch(`${server.url}/tuning/v2/tasks`, {
      method: 'POST',
      headers: server.auth,
      body: form,
    });
    const body = await expectStatus(response, 200, '20000');
    expect((body.result as TuningTaskView).trainEpochs).toBe(4);
    const noBoundary = await fetch(`${server.url}/tuning/v2/tasks`, {
      method: 'POST',
      headers: { ...server.auth, 'content-type': 'multipart/form-data' },
      body: 'x',
    });
    await expectStatus(noBoundary, 415, '41501');
  });

  it('lifecycle: WAIT → RUNNING → SUCCEEDED with the clock sped up; get, list (paged), delete', async () => {
    const task = await create({ model: 'HCX-003', ...DATASET });
    const get = async () =>
      (await expectStatus(await server.get(`/tuning/v2/tasks/${task.id}`), 200, '20000'))
        .result as TuningTaskView;
    expect((await get()).status).toBe('WAIT');
    server.clock.advance(60_000);
    const running = await get();
    expect(running.status).toBe('RUNNING');
    expect(running.statusInfo.currStep).toBeGreaterThanOrEqual(0);
    server.clock.advance(600_000);
    const done = await get();
    expect(done.status).toBe('SUCCEEDED');
    expect(findSucceededTask(server.state, task.id)?.id).toBe(task.id);

    const page = (
      await expectStatus(await server.get('/tuning/v2/tasks?page=0&size=2'), 200, '20000')
    ).result as {
      totalPages: number;
      totalElements: number;
      size: number;
      number: number;
      content: (TuningTaskView & { method: string })[];
    };
    const total = server.state.tuningTasks.size;
    expect(page.totalElements).toBe(total);
    expect(page.totalPages).toBe(Math.ceil(total / 2));
    expect(page.size).toBe(2);
    expect(page.number).toBe(0);
    expect(page.content).toHaveLength(2);
    expect(page.content[0]?.id).toBe(task.id);
    expect(page.content[0]?.method).toBe('LoRA');
    expect(page.content[0]?.taskType).toBe('GENERATION');

    const deleted = await expectStatus(
      await server.del(`/tuning/v2/tasks/${task.id}`),
      200,
      '20000',
    );
    expect(deleted.result).toBeUndefined();
    await expectStatus(await server.get(`/tuning/v2/tasks/${task.id}`), 404, '40400');
    await expectStatus(await server.del(`/tuning/v2/tasks/${task.id}`), 404, '40400');
  });

  it('a bad dataset path FAILS with the documented failureReason', async () => {
    const task = await create({
      model: 'HCX-003',
      ...DATASET,
      trainingDatasetFilePath: 'train/data.xlsx',
    });
    server.clock.advance(60_000);
    const failed = (
      await expectStatus(await server.get(`/tuning/v2/tasks/${task.id}`), 200, '20000')
    ).result as TuningTaskView;
    expect(failed.status).toBe('FAILED');
    expect(failed.statusInfo.failureReason).toBe('file.extension');
    expect(failed.statusInfo.message).toBe(
      'Unavailable file extension. Please check the file extension again.',
    );
  });

  it('errors: 40001 fields and ranges, 40080 unknown model, 40084 untunable model, 40009 tuningType, 40001 paging, 40400 unknown id', async () => {
    for (const body of [
      { ...DATASET },
      { model: 'HCX-003' },
      { model: 'HCX-003', trainingDatasetFilePath: 'a.csv' },
      { model: 'HCX-003', ...DATASET, trainEpochs: 21 },
      { model: 'HCX-003', ...DATASET, trainEpochs: 'many' },
      { model: 'HCX-003', ...DATASET, learningRate: 2 },
      { model: 'HCX-003', ...DATASET, validationSplitRatio: 0.2 },
      { model: 'HCX-003', ...DATASET, loraR: 1 },
      { model: 'HCX-003', ...DATASET, loraAlpha: 513 },
      { model: 'HCX-003', ...DATASET, taskType: 'SUMMARY' },
    ]) {
      await expectStatus(await server.post('/tuning/v2/tasks', body), 400, '40001');
    }
    await expectStatus(
      await server.post('/tuning/v2/tasks', { model: 'GPT-9', ...DATASET }),
      400,
      '40080',
    );
    await expectStatus(
      await server.post('/tuning/v2/tasks', { model: 'HCX-007', ...DATASET }),
      400,
      '40084',
    );
    await expectStatus(
      await server.post('/tuning/v2/tasks', { model: 'HCX-003', ...DATASET, tuningType: 'FULL' }),
      400,
      '40009',
    );
    await expectStatus(
      await server.post('/tuning/v2/tasks', 'not json', { 'content-type': 'text/plain' }),
      415,
      '41500',
    );
    await expectStatus(await server.get('/tuning/v2/tasks?size=101'), 400, '40001');
    await expectStatus(await server.get('/tuning/v2/tasks?page=-1'), 400, '40001');
    await expectStatus(await server.get('/tuning/v2/tasks/zzzzzzzz'), 404, '40400');
  });
});
