import {
  APIUserAbortError,
  BadRequestError,
  NotFoundError,
  RequestValidationError,
} from '@clova-studio/core';
import { describe, expect, it } from 'vitest';
import {
  type Clock,
  type CreateTrainingParams,
  listAllTrainings,
  TrainingFailedError,
  type TrainingStatus,
  waitForTraining,
} from '../src/index.ts';
import { useEmulator } from './helpers/emulator.ts';

const QUEUE_MS = 60_000;
const RUN_MS = 600_000;
const t = useEmulator({ tuning: { queueMs: QUEUE_MS, runMs: RUN_MS } });

const dataset = {
  trainingDatasetFilePath: 'datasets/train.jsonl',
  trainingDatasetBucket: 'my-bucket',
  trainingDatasetAccessKey: 'access',
  trainingDatasetSecretKey: 'secret',
} satisfies Partial<CreateTrainingParams>;

/** Waits between polls by moving the emulator clock (no real waiting). */
function emulatorClock(): Clock {
  return {
    now: () => t.emulator.clock.now(),
    sleep: async (ms, signal) => {
      if (signal?.aborted) throw new APIUserAbortError('aborted');
      t.emulator.clock.advance(ms);
    },
  };
}

describe('tuning create/get/delete', () => {
  it('creates a task as JSON, which moves WAIT → RUNNING → SUCCEEDED on the clock', async () => {
    const task = await t.client.tuning.create({
      name: 'my-task',
      model: 'HCX-003',
      trainEpochs: 4,
      learningRate: 1e-4,
      loraR: 8,
      loraAlpha: 64,
      ...dataset,
    });
    expect(task.status).toBe('WAIT');
    expect(task.name).toBe('my-task');
    const [req] = t.emulator.requests;
    expect(req?.path).toBe('/tuning/v2/tasks');
    expect(req?.headers['content-type']).toContain('application/json');
    expect(req?.body).toMatchObject({ model: 'HCX-003', trainEpochs: 4, ...dataset });

    t.emulator.clock.advance(QUEUE_MS);
    expect((await t.client.tuning.get(task.id)).status).toBe('RUNNING');
    t.emulator.clock.advance(RUN_MS);
    const done = await t.client.tuning.get(task.id);
    expect(done.status).toBe('SUCCEEDED');
    expect(done.statusInfo?.sendWeightSuccess).toBe(true);
  });

  it('uploads a dataset file as multipart/form-data', async () => {
    const file = new File(['{"Text":"hi","Completion":"hello"}\n'], 'train.jsonl', {
      type: 'application/jsonl',
    });
    const task = await t.client.tuning.create({
      model: 'HCX-003',
      trainEpochs: 2,
      trainingDataset: file,
    });
    expect(task.status).toBe('WAIT');
    expect(t.emulator.requests[0]?.headers['content-type']).toMatch(
      /^multipart\/form-data; boundary=/,
    );
  });

  it('deletes a task; getting it then is NotFoundError 40400', async () => {
    const task = await t.client.tuning.create({ model: 'HCX-003', ...dataset });
    await t.client.tuning.delete(task.id);
    const error = await t.client.tuning.get(task.id).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NotFoundError);
    expect(error).toMatchObject({ status: 404, code: '40400' });
    const again = await t.client.tuning.delete(task.id).catch((e: unknown) => e);
    expect(again).toBeInstanceOf(NotFoundError);
  });

  it('surfaces an unknown base model as BadRequestError 40080', async () => {
    const error = await t.client.tuning
      .create({ model: 'HCX-999', ...dataset })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BadRequestError);
    expect(error).toMatchObject({ code: '40080' });
  });

  it.each([
    [{ model: '', ...dataset }, 'model'],
    [{ model: 'HCX-003', trainEpochs: 21, ...dataset }, 'trainEpochs'],
    [{ model: 'HCX-003', trainEpochs: 0, ...dataset }, 'trainEpochs'],
    [{ model: 'HCX-003', learningRate: 2, ...dataset }, 'learningRate'],
    [{ model: 'HCX-003', validationSplitRatio: 0.2, ...dataset }, 'validationSplitRatio'],
    [{ model: 'HCX-003', loraR: 1, ...dataset }, 'loraR'],
    [{ model: 'HCX-003', loraAlpha: 513, ...dataset }, 'loraAlpha'],
    [{ model: 'HCX-003', tuningType: 'FULL', ...dataset }, 'tuningType'],
    [{ model: 'HCX-003', trainingDatasetFilePath: 'a.jsonl' }, 'trainingDatasetBucket'],
    [{ model: 'HCX-003' }, 'trainingDatasetFilePath'],
  ])('rejects %j before sending (%s)', async (params, path) => {
    const error = await (async () =>
      t.client.tuning.create(params as CreateTrainingParams))().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RequestValidationError);
    expect((error as RequestValidationError).path).toBe(path);
    expect(t.emulator.requests).toHaveLength(0);
  });

  it('rejects an empty task id and out-of-range list parameters before sending', async () => {
    await expect(async () => t.client.tuning.get('')).rejects.toMatchObject({ path: 'taskId' });
    await expect(async () => t.client.tuning.list({ size: 101 })).rejects.toMatchObject({
      path: 'size',
    });
    await expect(async () => t.client.tuning.list({ page: -1 })).rejects.toMatchObject({
      path: 'page',
    });
    expect(t.emulator.requests).toHaveLength(0);
  });
});

describe('tuning list and listAll', () => {
  it('pages through every task with for await', async () => {
    const created = new Set<string>();
    for (let i = 0; i < 7; i++) {
      created.add(
        (await t.client.tuning.create({ model: 'HCX-003', name: `t${i}`, ...dataset })).id,
      );
    }
    const page0 = await t.client.tuning.list({ page: 0, size: 3 });
    expect(page0).toMatchObject({ totalElements: 7, totalPages: 3, size: 3, number: 0 });
    expect(page0.content).toHaveLength(3);

    const before = t.emulator.requests.length;
    const seen: string[] = [];
    for await (const task of t.client.tuning.listAll({ size: 3 })) seen.push(task.id);
    expect(new Set(seen)).toEqual(created);
    const listCalls = t.emulator.requests.slice(before);
    expect(listCalls.map((r) => r.method)).toEqual(['GET', 'GET', 'GET']);
  });

  it('stops early when the consumer breaks (standalone)', async () => {
    for (let i = 0; i < 5; i++) await t.client.tuning.create({ model: 'HCX-003', ...dataset });
    for await (const task of listAllTrainings(t.client.transport, { size: 2 })) {
      expect(task.id).toBeTruthy();
      break;
    }
    expect(t.emulator.requests.filter((r) => r.method === 'GET')).toHaveLength(1);
  });
});

describe('tuning.waitForTraining', () => {
  it('polls until SUCCEEDED, reporting progress', async () => {
    const task = await t.client.tuning.create({ model: 'HCX-003', ...dataset });
    const statuses: TrainingStatus[] = [];
    const done = await t.client.tuning.waitForTraining(task.id, {
      pollInterval: 30_000,
      clock: emulatorClock(),
      onProgress: (tk) => statuses.push(tk.status),
    });
    expect(done.status).toBe('SUCCEEDED');
    expect(done.id).toBe(task.id);
    expect(statuses[0]).toBe('WAIT');
    expect(statuses).toContain('RUNNING');
    expect(statuses.at(-1)).toBe('SUCCEEDED');
  });

  it('throws TrainingFailedError with the task when it ends FAILED', async () => {
    const task = await t.client.tuning.create({
      model: 'HCX-003',
      ...dataset,
      trainingDatasetFilePath: 'datasets/missing.jsonl',
    });
    const error = await waitForTraining(t.client.transport, task.id, {
      pollInterval: 60_000,
      clock: emulatorClock(),
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TrainingFailedError);
    const failed = error as TrainingFailedError;
    expect(failed.task.id).toBe(task.id);
    expect(failed.task.status).toBe('FAILED');
    expect(failed.failureReason).toBe('file.noexist');
    expect(failed.message).toContain('file.noexist');
  });

  it('is abortable', async () => {
    const task = await t.client.tuning.create({ model: 'HCX-003', ...dataset });
    const controller = new AbortController();
    const error = await t.client.tuning
      .waitForTraining(task.id, {
        pollInterval: 3_600_000,
        signal: controller.signal,
        onProgress: () => controller.abort(),
      })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(APIUserAbortError);
    expect(t.emulator.requests.filter((r) => r.method === 'GET')).toHaveLength(1);
  });
});
