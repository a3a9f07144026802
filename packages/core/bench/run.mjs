// Benchmarks for @clova-studio/core, run on the built package (`pnpm run build && pnpm run bench`).
// 1. SSE throughput through core's Stream vs bare eventsource-parser, same in-memory 50,000-event
//    v3 stream, fed to core through an injected `fetch`.
// 2. Median latency of a core POST vs raw fetch + JSON.parse (the same request: same headers)
//    against a local node:http server, for information (the latency goal is apis' against the
//    `openai` package, in packages/apis/bench).
// 3. Browser bundle size (esbuild --minify, gzip) of what importing `Transport` pulls in vs the
//    parts of the dependencies that core imports, alone.
// Each round runs every side back to back and the ratio is taken per round (median of paired
// ratios), which holds up better than a ratio of medians on a busy machine.
import { createServer } from 'node:http';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import ky from 'ky';
import { Transport } from '../dist/index.js';
import { measureSize } from './size.mjs';

const EVENTS = 50_000;
const CHUNK = 16 * 1024;
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 25);
const WARMUP = 5; // rounds left out while the JIT settles
const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 2_000);
const KEY = 'nv-bench0000000000000000';

// Each baseline gets an instance of eventsource-parser of its own, as core has (and as an app has):
// parser code shared by every side would see all their callbacks, and V8 would optimise its calls
// for none of them (on this machine that took 5-15 % off core's ratio).
const parserURL = pathToFileURL(
  createRequire(import.meta.url)
    .resolve('eventsource-parser')
    .replace(/index\.js$/, 'parse.js'),
).href;
const ownParser = async (side) => (await import(`${parserURL}?${side}`)).createParser;
const parserFor = { bare: await ownParser('bare'), parserOnly: await ownParser('parser-only') };

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const fmt = (n, d = 0) =>
  n.toLocaleString('en-US', { maximumFractionDigits: d, minimumFractionDigits: d });

// ---------- 1. streaming ----------
function v3Body() {
  const words = [
    '안녕',
    '하세요',
    ' CLOVA',
    ' Studio',
    '입니다',
    '. ',
    '오늘',
    ' 날씨는',
    ' 맑아요',
    '😀',
  ];
  const parts = [];
  for (let i = 0; i < EVENTS - 1; i++) {
    const data = JSON.stringify({
      message: { role: 'assistant', content: words[i % words.length] },
      finishReason: null,
      created: 1744710905,
      seed: 3284419119,
      usage: null,
    });
    parts.push(
      `id:2b7d3c3e-9a51-4a36-8f77-${String(i).padStart(12, '0')}\nevent:token\ndata:${data}\n\n`,
    );
  }
  const result = JSON.stringify({
    message: { role: 'assistant', content: 'done' },
    finishReason: 'stop',
    created: 1744710905,
    seed: 3284419119,
    usage: { promptTokens: 20, completionTokens: EVENTS, totalTokens: EVENTS + 20 },
  });
  parts.push(`id:2b7d3c3e-9a51-4a36-8f77-final\nevent:result\ndata:${result}\n\n`);
  const bytes = new TextEncoder().encode(parts.join(''));
  const chunks = [];
  for (let i = 0; i < bytes.length; i += CHUNK) chunks.push(bytes.subarray(i, i + CHUNK));
  return { chunks, bytes: bytes.length };
}

const bodyOf = (chunks) => {
  let i = 0;
  return new ReadableStream({
    pull(ctrl) {
      const c = chunks[i++];
      if (c) ctrl.enqueue(c);
      else ctrl.close();
    },
  });
};

// The baseline: eventsource-parser fed by a reader, as a hand-written client would do it.
async function bareParser(chunks, parseJSON) {
  let n = 0;
  let sink = 0;
  const parser = parserFor[parseJSON ? 'bare' : 'parserOnly']({
    onEvent(e) {
      n++;
      if (parseJSON) sink += JSON.parse(e.data).created & 1;
    },
  });
  const reader = new Response(bodyOf(chunks)).body.getReader();
  const decoder = new TextDecoder();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    parser.feed(decoder.decode(value, { stream: true }));
  }
  parser.feed(decoder.decode());
  return n + (sink & 0);
}

async function coreStream(chunks) {
  const fetch = async () =>
    new Response(bodyOf(chunks), { headers: { 'content-type': 'text/event-stream' } });
  const t = new Transport({ apiKey: KEY, baseURL: 'http://bench.invalid', fetch, logLevel: 'off' });
  let n = 0;
  for await (const _ of await t.stream({ path: '/v3/chat-completions/HCX-005', body: {} })) n++;
  return n;
}

async function rate(fn) {
  globalThis.gc?.();
  const t0 = performance.now();
  const n = await fn();
  const ms = performance.now() - t0;
  if (n !== EVENTS) throw new Error(`expected ${EVENTS} events, got ${n}`);
  return (n / ms) * 1000;
}

async function benchStream() {
  const { chunks, bytes } = v3Body();
  const sides = {
    core: () => coreStream(chunks),
    bare: () => bareParser(chunks, true),
    parserOnly: () => bareParser(chunks, false),
  };
  const names = Object.keys(sides);
  const runs = { core: [], bare: [], parserOnly: [], ratio: [], ratioParserOnly: [] };
  for (let r = 0; r < ROUNDS + WARMUP; r++) {
    const round = {};
    // Rotate the order so that no side always inherits the previous one's garbage.
    for (let k = 0; k < names.length; k++) {
      const name = names[(r + k) % names.length];
      round[name] = await rate(sides[name]);
    }
    if (r < WARMUP) continue;
    for (const name of names) runs[name].push(round[name]);
    runs.ratio.push(round.core / round.bare);
    runs.ratioParserOnly.push(round.core / round.parserOnly);
  }
  return Object.fromEntries([
    ['bytes', bytes],
    ...Object.entries(runs).map(([k, v]) => [k, median(v)]),
  ]);
}

// ---------- 2. request overhead ----------
async function benchRequests() {
  const envelope = JSON.stringify({
    status: { code: '20000', message: 'OK' },
    result: {
      message: { role: 'assistant', content: '안녕하세요' },
      usage: { promptTokens: 20, completionTokens: 5, totalTokens: 25 },
    },
  });
  const server = createServer((req, res) => {
    req.resume();
    req.on('end', () => {
      res.writeHead(200, {
        'content-type': 'application/json',
        'content-length': Buffer.byteLength(envelope),
      });
      res.end(envelope);
    });
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  const base = `http://127.0.0.1:${server.address().port}`;
  const path = '/v3/chat-completions/HCX-005';
  const body = { messages: [{ role: 'user', content: '안녕' }], maxTokens: 100 };
  const t = new Transport({ apiKey: KEY, baseURL: base, logLevel: 'off' });

  const sides = {
    // The same request on the wire as core's: the same four headers, a fresh request id each time.
    raw: async () => {
      const res = await fetch(base + path, {
        method: 'POST',
        headers: {
          accept: 'application/json',
          'content-type': 'application/json',
          'x-ncp-clovastudio-request-id': crypto.randomUUID(),
          authorization: `Bearer ${KEY}`,
        },
        body: JSON.stringify(body),
      });
      return JSON.parse(await res.text()).result;
    },
    // ky alone, with the options core gives it (body and headers beside the Request), for information: the
    // floor of a transport built on ky.
    ky: async () => {
      const payload = JSON.stringify(body);
      const headers = {
        accept: 'application/json',
        'content-type': 'application/json',
        'x-ncp-clovastudio-request-id': crypto.randomUUID(),
        authorization: `Bearer ${KEY}`,
      };
      const p = ky(base + path, {
        method: 'POST',
        timeout: 60_000,
        retry: 2,
        fetch: (req) =>
          fetch(req.url, { method: 'POST', headers, body: payload, signal: req.signal }),
      });
      await p;
      return JSON.parse(await p.text()).result;
    },
    core: () => t.request({ method: 'POST', path, body }),
  };
  const time = async (fn) => {
    const t0 = performance.now();
    await fn();
    return performance.now() - t0;
  };
  const names = Object.keys(sides);
  for (let i = 0; i < 300; i++) for (const n of names) await sides[n]();
  const lat = { core: [], raw: [], ky: [], ratio: [], kyRatio: [] };
  for (let i = 0; i < REQUESTS; i++) {
    // Rotate which side goes first; compare each request with the raw one next to it.
    const t = {};
    for (let k = 0; k < names.length; k++) {
      const n = names[(i + k) % names.length];
      t[n] = await time(sides[n]);
    }
    for (const n of names) lat[n].push(t[n]);
    lat.ratio.push(t.core / t.raw);
    lat.kyRatio.push(t.ky / t.raw);
  }
  server.close();
  return Object.fromEntries(Object.entries(lat).map(([k, v]) => [k, median(v)]));
}

// ---------- run ----------
const stream = await benchStream();
const req = await benchRequests();
const size = await measureSize();

const rows = [
  ['benchmark', 'core', 'baseline', 'ratio', 'goal', 'met'],
  [
    `SSE events/s (${fmt(EVENTS)} events, ${fmt(stream.bytes / 1e6, 1)} MB)`,
    fmt(stream.core),
    `${fmt(stream.bare)} (eventsource-parser + JSON.parse)`,
    `${fmt(stream.ratio, 3)}×`,
    '≥ 0.90×',
    stream.ratio >= 0.9 ? 'yes' : 'no',
  ],
  [
    'SSE events/s, baseline without JSON.parse',
    fmt(stream.core),
    `${fmt(stream.parserOnly)} (eventsource-parser only)`,
    `${fmt(stream.ratioParserOnly, 2)}×`,
    '(info)',
    '',
  ],
  [
    `POST median latency (${fmt(REQUESTS)} pairs)`,
    `${fmt(req.core * 1000)} µs`,
    `${fmt(req.raw * 1000)} µs (fetch + JSON.parse)`,
    `${fmt(req.ratio, 3)}×`,
    '(info)',
    '',
  ],
  [
    'POST median latency, ky alone',
    `${fmt(req.ky * 1000)} µs`,
    `${fmt(req.raw * 1000)} µs (fetch + JSON.parse)`,
    `${fmt(req.kyRatio, 2)}×`,
    '(info)',
    '',
  ],
  [
    'browser bundle, min + gzip',
    `${fmt(size.core.gzip / 1000, 1)} kB`,
    `${fmt(size.deps.gzip / 1000, 1)} kB (ky + eventsource-parser)`,
    `+${fmt((size.core.gzip - size.deps.gzip) / 1000, 1)} kB`,
    '≤ 12.5 kB',
    size.core.gzip <= 12_500 ? 'yes' : 'no',
  ],
];
const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => String(r[i]).length)));
for (const [i, r] of rows.entries()) {
  console.log(`| ${r.map((c, j) => String(c).padEnd(widths[j])).join(' | ')} |`);
  if (i === 0) console.log(`| ${widths.map((w) => '-'.repeat(w)).join(' | ')} |`);
}
console.log(
  `\nnode ${process.version}, ${process.platform} ${process.arch}; bundle minified: ${fmt(size.core.min)} B (core + deps), ${fmt(size.deps.min)} B (deps)`,
);
