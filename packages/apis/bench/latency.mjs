// Per-call latency of @clova-studio/apis against the `openai` package (and raw fetch) on the
// emulator's /v1/openai, same prompt, interleaved. `pnpm run bench` runs it with the bundle and
// embedMany benchmarks; `node bench/latency.mjs` runs it alone (after `pnpm exec tsdown`).
import { startEmulator } from '@clova-studio/emulator';
import OpenAI from 'openai';
import { ClovaStudio } from '../dist/index.js';

const ITERATIONS = Number(process.env.BENCH_ITERATIONS ?? 1000);
const WARMUP = 50;

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

/** Median latencies and their ratios. */
export async function latency() {
  const emu = await startEmulator({ rateLimits: false });
  try {
    const client = new ClovaStudio({
      apiKey: emu.apiKey,
      baseURL: emu.url,
      maxRetries: 0,
      logLevel: 'off',
    });
    const openai = new OpenAI({
      apiKey: emu.apiKey,
      baseURL: `${emu.url}/v1/openai`,
      maxRetries: 0,
    });
    const messages = [
      { role: 'system', content: 'You are a concise assistant.' },
      { role: 'user', content: 'What is the capital of Korea?' },
    ];
    // the same prompt on the OpenAI-compatible layer, in OpenAI's shape
    const oaParams = { model: 'HCX-005', messages, max_tokens: 64, temperature: 0.5, seed: 7 };
    const v3Params = { model: 'HCX-005', messages, maxTokens: 64, temperature: 0.5, seed: 7 };
    const url = `${emu.url}/v1/openai/chat/completions`;
    const rawFetch = async () => {
      const res = await fetch(url, {
        method: 'POST',
        headers: { authorization: `Bearer ${emu.apiKey}`, 'content-type': 'application/json' },
        body: JSON.stringify(oaParams),
      });
      const json = await res.json();
      if (!json.choices) throw new Error('unexpected');
      return json;
    };
    const sides = {
      rawFetch,
      openai: () => openai.chat.completions.create(oaParams),
      oursOpenAI: () => client.openai.chat.completions.create(oaParams),
      oursChat: () => client.chat.create(v3Params),
    };
    const names = Object.keys(sides);
    for (let i = 0; i < WARMUP; i++) for (const n of names) await sides[n]();
    const times = Object.fromEntries(names.map((n) => [n, []]));
    for (let i = 0; i < ITERATIONS; i++) {
      // interleaved, rotating order, so drift and GC hit every side alike
      for (let j = 0; j < names.length; j++) {
        const n = names[(i + j) % names.length];
        const t = performance.now();
        await sides[n]();
        times[n].push(performance.now() - t);
      }
    }
    const med = Object.fromEntries(names.map((n) => [n, median(times[n])]));
    const q = (n, p) => [...times[n]].sort((a, b) => a - b)[Math.floor(times[n].length * p)];
    return {
      iterations: ITERATIONS,
      medianMs: med,
      p25p75Ms: Object.fromEntries(names.map((n) => [n, [q(n, 0.25), q(n, 0.75)]])),
      oursOpenAIVsOpenai: med.oursOpenAI / med.openai,
      oursChatVsOpenai: med.oursChat / med.openai,
      oursOpenAIVsRawFetch: med.oursOpenAI / med.rawFetch,
      openaiVsRawFetch: med.openai / med.rawFetch,
    };
  } finally {
    await emu.close();
  }
}

/** Prints what {@link latency} measured. */
export function printLatency(perf) {
  const ms = (n) => `${perf.medianMs[n].toFixed(3)} ms`;
  console.log(
    `Latency on the emulator's /v1/openai, same prompt, interleaved, ${perf.iterations} calls each`,
  );
  console.log(`  raw fetch                                  ${ms('rawFetch')}`);
  console.log(`  openai  chat.completions.create            ${ms('openai')}`);
  console.log(
    `  ours    client.openai.chat.completions.create ${ms('oursOpenAI')}  ${perf.oursOpenAIVsOpenai.toFixed(2)}× openai (goal < 1.0×), ${perf.oursOpenAIVsRawFetch.toFixed(2)}× raw fetch`,
  );
  console.log(
    `  ours    client.chat.create (native v3)     ${ms('oursChat')}  ${perf.oursChatVsOpenai.toFixed(2)}× openai (goal < 1.0×)`,
  );
  console.log(`  openai vs raw fetch                        ${perf.openaiVsRawFetch.toFixed(2)}×`);
}

if (import.meta.url === `file://${process.argv[1]}`) printLatency(await latency());
