// Emulator benchmarks, reported as ratios against a bare Hono route measured in the same run:
//  1. non-streaming chat requests per second vs a bare hono "hello" route (goal ≥ 0.5×);
//  2. 1,000 concurrent open streams held, with the server's resident memory (goal < 300 MB).
// Run with `pnpm run bench` (after `pnpm run build`). Servers run in child processes so the load
// generator does not share their event loop.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { Agent, request } from 'node:http';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';

const SERVER = fileURLToPath(new URL('./server.mjs', import.meta.url));
const DURATION_MS = Number(process.env.BENCH_DURATION_MS ?? 5000);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 32);
const STREAMS = Number(process.env.BENCH_STREAMS ?? 1000);

function startServer(kind, ...args) {
  const child = spawn(process.execPath, [SERVER, kind, ...args], {
    stdio: ['ignore', 'pipe', 'inherit', 'ipc'],
  });
  const started = performance.now();
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout.on('data', (chunk) => {
      out += chunk;
      const line = out.split('\n')[0];
      if (out.includes('\n'))
        resolve({ child, startMs: performance.now() - started, ...JSON.parse(line) });
    });
    child.once('exit', (code) => reject(new Error(`${kind} server exited with ${code}`)));
  });
}

/** CPU time (µs) the server process has used so far. */
function cpuOf(server) {
  return new Promise((resolve) => {
    server.child.once('message', (usage) => resolve(usage.user + usage.system));
    server.child.send('cpu');
  });
}

function stop(server) {
  return new Promise((resolve) => {
    server.child.once('exit', resolve);
    server.child.kill('SIGTERM');
  });
}

function send(agent, url, path, headers, body) {
  return new Promise((resolve, reject) => {
    const req = request(`${url}${path}`, { method: 'POST', agent, headers }, (res) => {
      res.on('data', () => {});
      res.on('end', () => resolve(res.statusCode));
    });
    req.on('error', reject);
    req.end(body);
  });
}

/** Requests per second against one target during `ms`, with CONCURRENCY keep-alive clients. */
async function measure(target, ms) {
  let done = 0;
  const until = performance.now() + ms;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (performance.now() < until) {
        const status = await send(
          target.agent,
          target.url,
          target.path,
          target.headers,
          target.body,
        );
        if (status !== 200) throw new Error(`${target.path} answered ${status}`);
        done++;
      }
    }),
  );
  return { done, seconds: (performance.now() - started) / 1000 };
}

/**
 * Interleaves short runs against both targets (A B, B A, …) so that load changes on a shared
 * machine affect both alike; returns the requests per second of each.
 */
async function compare(a, b) {
  for (const t of [a, b]) t.agent = new Agent({ keepAlive: true, maxSockets: CONCURRENCY });
  await measure(a, 300);
  await measure(b, 300);
  const totals = new Map([
    [a, { done: 0, seconds: 0 }],
    [b, { done: 0, seconds: 0 }],
  ]);
  const rounds = Math.max(2, Math.round(DURATION_MS / 500));
  for (let i = 0; i < rounds; i++) {
    for (const t of i % 2 ? [b, a] : [a, b]) {
      const cpuBefore = await cpuOf(t.server);
      const r = await measure(t, 500);
      const total = totals.get(t);
      total.done += r.done;
      total.seconds += r.seconds;
      total.cpu = (total.cpu ?? 0) + (await cpuOf(t.server)) - cpuBefore;
    }
  }
  for (const t of [a, b]) t.agent.destroy();
  return [a, b].map((t) => {
    const total = totals.get(t);
    return { rps: total.done / total.seconds, cpuPerRequest: total.cpu / total.done };
  });
}

function rssMb(pid) {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = Number(status.match(/VmRSS:\s+(\d+)/)?.[1] ?? 0);
  return kb / 1024;
}

async function openStreams(server) {
  const agent = new Agent({ keepAlive: false, maxSockets: Number.POSITIVE_INFINITY });
  const requests = [];
  const firstEvents = [];
  const baseline = rssMb(server.child.pid);
  for (let i = 0; i < STREAMS; i++) {
    firstEvents.push(
      new Promise((resolve, reject) => {
        const req = request(
          `${server.url}/v3/chat-completions/HCX-005`,
          {
            method: 'POST',
            agent,
            headers: {
              authorization: `Bearer ${server.apiKey}`,
              'content-type': 'application/json',
              accept: 'text/event-stream',
            },
          },
          (res) => {
            res.once('data', () => resolve());
            res.on('error', () => {});
          },
        );
        req.on('error', (e) => (e.code === 'ECONNRESET' ? undefined : reject(e)));
        req.end(JSON.stringify({ messages: [{ role: 'user', content: `stream number ${i}` }] }));
        requests.push(req);
      }),
    );
  }
  await Promise.all(firstEvents);
  const held = rssMb(server.child.pid);
  for (const req of requests) req.destroy();
  agent.destroy();
  return { baseline, held };
}

const chatBody = JSON.stringify({
  messages: [{ role: 'user', content: 'What is the weather in Seoul tomorrow?' }],
});

const hello = await startServer('hello');
const emulator = await startServer('emulator');
const [helloRun, chatRun] = await compare(
  {
    server: hello,
    url: hello.url,
    path: '/',
    headers: { 'content-type': 'application/json' },
    body: chatBody,
  },
  {
    server: emulator,
    url: emulator.url,
    path: '/v3/chat-completions/HCX-005',
    headers: { authorization: `Bearer ${emulator.apiKey}`, 'content-type': 'application/json' },
    body: chatBody,
  },
);
await stop(hello);
await stop(emulator);
const helloRps = helloRun.rps;
const chatRps = chatRun.rps;

const streaming = await startServer('emulator', '60000');
const memory = await openStreams(streaming);
await stop(streaming);

console.log(`emulator process start (spawn to listening): ${emulator.startMs.toFixed(0)} ms`);
console.log(
  `node ${process.version}, ${CONCURRENCY} concurrent clients, ${DURATION_MS} ms interleaved per target`,
);
console.log(`bare hono "hello":              ${helloRps.toFixed(0)} req/s`);
console.log(
  `emulator chat v3 (non-stream):  ${chatRps.toFixed(0)} req/s  → ${(chatRps / helloRps).toFixed(2)}× of hello (goal ≥ 0.5×)`,
);
console.log(
  `server CPU per request:         hello ${helloRun.cpuPerRequest.toFixed(0)} µs, chat ${chatRun.cpuPerRequest.toFixed(0)} µs → ${(helloRun.cpuPerRequest / chatRun.cpuPerRequest).toFixed(2)}× (CPU-bound ratio)`,
);
console.log(
  `${STREAMS} open streams held:         RSS ${memory.held.toFixed(0)} MB (idle ${memory.baseline.toFixed(0)} MB; goal < 300 MB)`,
);
