// One worker process of the fleet tests and benchmark: embeds its share of the texts with a
// ClovaStudio client, on the shared Redis budget (or, as the baseline, on a limiter of its own),
// and reports progress and its figures as JSON lines on stdout.
import { ClovaStudio, RateBudgetUnavailableError, scaledClock } from '@clova-studio/apis';
import { RedisBudgetStore } from '@clova-studio/rate-limit-redis';

const config = JSON.parse(process.argv[2]);
const send = (message) => process.stdout.write(`${JSON.stringify(message)}\n`);

// The emulator's clock runs `timeScale` times real time; so does this one, from the same origin.
const clock = scaledClock(config.timeScale, config.origin);

// The emulator's reset hints are in real seconds. embedMany (the batch mode) waits them on its
// clock, which runs `timeScale` times faster: it reads them in emulator seconds, as a client at
// real time would wait them. Core's own retries (the loop mode) wait in real time: left as sent.
const fetchOnClock = async (input, init) => {
  const response = await fetch(input, init);
  if (response.status !== 429 || config.mode !== 'embedMany') return response;
  const headers = new Headers(response.headers);
  for (const name of ['x-ratelimit-reset-requests', 'x-ratelimit-reset-tokens']) {
    const seconds = Number.parseFloat(headers.get(name) ?? '');
    if (Number.isFinite(seconds)) headers.set(name, `${seconds * config.timeScale}s`);
  }
  return new Response(response.body, { status: response.status, headers });
};

const store = config.budget
  ? new RedisBudgetStore({
      redis: config.redisURL,
      onUnavailable: config.onUnavailable,
      prefix: config.prefix,
      localShare: 1 / config.workers,
      timeoutMs: 500,
      probeIntervalMs: 100,
      logger: { warn: (message) => send({ type: 'warn', message }), info: () => undefined },
    })
  : undefined;
const client = new ClovaStudio({
  apiKey: config.apiKey,
  baseURL: config.baseURL,
  logLevel: 'off',
  fetch: fetchOnClock,
  rateLimit: store && { ...config.budget, store, clock, safetyMarginMs: config.safetyMarginMs },
});

const first = clock.now();
let tokens = 0;
let unavailable = 0;
let done = 0;
if (config.mode === 'embedMany') {
  // the batch helper: on the client's budget when there is one, else on a limiter of its own
  const result = await client.embeddings.embedMany(config.texts, {
    concurrency: config.concurrency,
    clock,
    requestsPerMinute: config.budget ? undefined : config.ownRequestsPerMinute,
    maxAttempts: 100, // the baseline meets many 429s: retry them all, lose nothing
    onProgress: (p) => send({ type: 'progress', done: p.completed, retries: p.retries }),
  });
  tokens = result.inputTokens;
  done = result.embeddings.length;
} else {
  // one call per text; a call refused because the budget is unreachable is tried again later
  let next = 0;
  const lane = async () => {
    while (next < config.texts.length) {
      const text = config.texts[next++];
      for (;;) {
        try {
          tokens += (await client.embeddings.create({ text })).inputTokens;
          break;
        } catch (error) {
          if (!(error instanceof RateBudgetUnavailableError)) throw error;
          unavailable++;
          await new Promise((resolve) => setTimeout(resolve, 50));
        }
      }
      send({ type: 'progress', done: ++done });
    }
  };
  await Promise.all(Array.from({ length: config.concurrency }, lane));
}
send({ type: 'done', first, last: clock.now(), tokens, done, unavailable });
await store?.close();
