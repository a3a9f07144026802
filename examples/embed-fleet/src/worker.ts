// One worker of the fleet: takes texts off the BullMQ queue and embeds them with a ClovaStudio
// client whose rate budget lives in the same Redis as the queue, shared by every worker.
import { ClovaStudio, scaledClock } from '@clova-studio/apis';
import { RedisBudgetStore } from '@clova-studio/rate-limit-redis';
import { Worker } from 'bullmq';
import { Redis } from 'ioredis';

const env = (name: string): string => {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set (the fleet's main process sets it)`);
  return value;
};

const redisURL = env('FLEET_REDIS_URL');
const store = new RedisBudgetStore({
  redis: redisURL, // a connection of its own, which fails fast while Redis is down
  onUnavailable: 'fail-closed', // a refused call fails its job, and BullMQ retries the job later
});
const client = new ClovaStudio({
  // CLOVA_STUDIO_API_KEY and CLOVA_STUDIO_BASE_URL come from the environment
  logLevel: 'off',
  rateLimit: {
    requestsPerMinute: Number(env('FLEET_RPM')),
    store,
    clock: scaledClock(Number(env('FLEET_TIME_SCALE')), Number(env('FLEET_ORIGIN'))),
  },
});

const worker = new Worker<{ text: string }, { inputTokens: number }>(
  env('FLEET_QUEUE'),
  async (job) => {
    const { inputTokens } = await client.embeddings.create({ text: job.data.text });
    return { inputTokens };
  },
  {
    connection: new Redis(redisURL, { maxRetriesPerRequest: null }),
    concurrency: Number(env('FLEET_CONCURRENCY')),
  },
);

const stop = async (): Promise<void> => {
  await worker.close();
  await store.close();
  process.exit(0);
};
process.on('message', (message) => {
  if (message === 'stop') void stop();
});
process.once('disconnect', () => void stop()); // the main process is gone
