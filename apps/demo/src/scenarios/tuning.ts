import { NotFoundError } from '@clova-studio/apis';
import { check, defineScenario } from '../scenario.ts';

/** A tiny training set in the documented CSV layout (System_Prompt, C_ID, T_ID, Text, Completion). */
const DATASET_CSV = [
  'System_Prompt,C_ID,T_ID,Text,Completion',
  'You answer as a polite bakery assistant.,0,0,Do you have croissants?,Yes! Fresh croissants come out of the oven at 8 a.m.',
  'You answer as a polite bakery assistant.,1,0,Are you open on Sunday?,We are open on Sundays from 9 a.m. to 3 p.m.',
  'You answer as a polite bakery assistant.,2,0,Do you sell gluten-free bread?,Yes, we bake a gluten-free loaf every Friday.',
].join('\n');

/**
 * Tuning, the whole life of a job: create it, watch it train with a progress bar until
 * SUCCEEDED, chat with the tuned task, delete it. On the emulator the dataset is uploaded inline
 * and training takes seconds; against the real service it needs a dataset in Object Storage
 * (`CLOVA_STUDIO_TUNING_BUCKET`, `…_FILE_PATH`, `…_ACCESS_KEY`, `…_SECRET_KEY`), takes hours and is billed.
 */
export const tuning = defineScenario({
  name: 'tuning',
  title: 'Tuning job: create, watch to SUCCEEDED, use, delete',
  endpoint: 'POST/GET/DELETE /tuning/v2/tasks',
  async run({ client, target, say, skip, progress, terminal }) {
    const { colors } = terminal;
    const dataset = target.ids.tuningDataset;
    if (target.kind === 'service' && !dataset) {
      skip(
        'set CLOVA_STUDIO_TUNING_BUCKET, _FILE_PATH, _ACCESS_KEY and _SECRET_KEY (training takes hours and is billed)',
      );
    }

    const created = await client.tuning.create({
      name: 'demo-bakery-assistant',
      model: 'HCX-003',
      tuningType: 'PEFT',
      taskType: 'GENERATION',
      trainEpochs: 2,
      ...(dataset
        ? {
            trainingDatasetBucket: dataset.bucket,
            trainingDatasetFilePath: dataset.filePath,
            trainingDatasetAccessKey: dataset.accessKey,
            trainingDatasetSecretKey: dataset.secretKey,
          }
        : { trainingDataset: new File([DATASET_CSV], 'bakery.csv', { type: 'text/csv' }) }),
    });
    say(`created task ${colors.bold(created.id)} (${created.status})`);

    const bar = progress({ label: 'training', total: 100, showCount: false });
    const statuses: string[] = [];
    const trained = await client.tuning.waitForTraining(created.id, {
      pollInterval: target.pacing.tuningPollMs,
      onProgress: (task) => {
        if (statuses.at(-1) !== task.status) statuses.push(task.status);
        const info = task.statusInfo;
        const percent =
          task.status === 'SUCCEEDED'
            ? 100
            : info?.currStep && info.totalTrainSteps
              ? Math.floor((info.currStep / info.totalTrainSteps) * 100)
              : 0;
        const epoch = info?.currEpoch ? ` epoch ${info.currEpoch}/${info.totalTrainEpochs}` : '';
        bar.update(percent, `${task.status}${epoch}`);
      },
    });
    bar.finish();

    const answer = await client.chat.v1.create({
      taskId: trained.id,
      messages: [{ role: 'user', content: 'Do you have croissants?' }],
      maxTokens: 100,
    });
    say(`${colors.green(`task ${trained.id}`)}  ${answer.message.content}`);

    await client.tuning.delete(trained.id);
    let deleted = false;
    try {
      await client.tuning.get(trained.id);
    } catch (error) {
      if (!(error instanceof NotFoundError)) throw error;
      deleted = true;
    }
    check(deleted, 'the task is still there after delete');
    say(`deleted task ${trained.id}`);

    return {
      summary: `${statuses.join(' → ')}, used, deleted`,
      data: {
        taskId: trained.id,
        statuses,
        finalStatus: trained.status,
        tunedAnswer: answer.message.content,
        deleted,
      },
    };
  },
});
