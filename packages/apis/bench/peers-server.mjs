// The server side of the peers benchmarks, run as a child process by peers-lib.mjs (so that its
// CPU is not counted in the client's). argv[2] is JSON:
//   { mode: 'emulator', options }: the emulator (startEmulator(options)).
//   { mode: 'replay' }: a raw node:http server replaying the emulator's own bytes, for sizes the
//     emulator's documented model limits refuse (1 MB prompts, 100,000-event answers). It captures
//     the emulator's answers once at start (native v3 and /v1/openai, JSON and SSE), then serves
//     any prompt (the body is read and dropped) with the captured JSON answer, and streams of
//     `x-bench-events: N` token events (the captured token events cycled, then the emulator's
//     final event carrying the concatenated text and N as the completion tokens).
// The child sends `{ url, apiKey }` to its parent once it listens.
import { randomUUID } from 'node:crypto';
import { createServer } from 'node:http';
import { startEmulator } from '@clova-studio/emulator';

const spec = JSON.parse(process.argv[2] ?? '{"mode":"emulator"}');

/** Splits an SSE body into its event blocks. */
const blocks = (text) => text.split('\n\n').filter(Boolean);

async function capture() {
  const words = Array.from({ length: 200 }, (_, i) => `word${i % 50}`).join(' ');
  const emu = await startEmulator({
    rateLimits: false,
    scripts: [{ match: 'bench', reply: { text: words } }],
  });
  const post = async (path, body, stream) => {
    const res = await fetch(emu.url + path, {
      method: 'POST',
      headers: {
        authorization: `Bearer ${emu.apiKey}`,
        'content-type': 'application/json',
        ...(stream ? { accept: 'text/event-stream' } : {}),
      },
      body: JSON.stringify(body),
    });
    return res.text();
  };
  const messages = [{ role: 'user', content: 'bench' }];
  const v3 = { messages, seed: 3, maxTokens: 4096 };
  const oa = { model: 'HCX-005', messages, seed: 3, max_tokens: 4096 };
  const out = {
    v3Json: await post('/v3/chat-completions/HCX-005', v3, false),
    v3Sse: blocks(await post('/v3/chat-completions/HCX-005', v3, true)),
    oaJson: await post('/v1/openai/chat/completions', oa, false),
    oaSse: blocks(await post('/v1/openai/chat/completions', { ...oa, stream: true }, true)),
    apiKey: emu.apiKey,
  };
  await emu.close();
  return out;
}

/** The v3 stream of `n` token events, as the emulator writes it (one string per event). */
function v3Stream(cap, n) {
  const tokens = cap.v3Sse.filter((b) => b.includes('event:token'));
  const result = cap.v3Sse.find((b) => b.includes('event:result'));
  const out = [];
  let text = '';
  for (let i = 0; i < n; i++) {
    const block = tokens[i % tokens.length];
    text += JSON.parse(block.slice(block.indexOf('data:') + 5)).message.content;
    out.push(`id:${randomUUID()}${block.slice(block.indexOf('\n'))}\n\n`);
  }
  const data = JSON.parse(result.slice(result.indexOf('data:') + 5));
  data.message.content = text;
  data.usage.completionTokens = n;
  data.usage.totalTokens = data.usage.promptTokens + n;
  out.push(`id:${randomUUID()}\nevent:result\ndata:${JSON.stringify(data)}\n\n`);
  return out;
}

/** The /v1/openai stream of `n` content chunks, as the emulator writes it. */
function openAIStream(cap, n) {
  const chunks = cap.oaSse.map((b) => b.slice('data: '.length));
  const first = chunks[0];
  const done = chunks.at(-1);
  const last = JSON.parse(chunks.at(-2));
  const tokens = chunks.slice(1, -2);
  const out = [`data: ${first}\n\n`];
  for (let i = 0; i < n; i++) out.push(`data: ${tokens[i % tokens.length]}\n\n`);
  last.usage.completion_tokens = n;
  last.usage.total_tokens = last.usage.prompt_tokens + n;
  out.push(`data: ${JSON.stringify(last)}\n\n`, `data: ${done}\n\n`);
  return out;
}

async function replayServer() {
  const cap = await capture();
  const cache = new Map();
  const streamOf = (kind, n) => {
    const key = `${kind}:${n}`;
    if (!cache.has(key)) cache.set(key, kind === 'v3' ? v3Stream(cap, n) : openAIStream(cap, n));
    return cache.get(key);
  };
  const server = createServer(async (req, res) => {
    const parts = [];
    for await (const part of req) parts.push(part);
    const body = Buffer.concat(parts).toString();
    const openai = req.url.startsWith('/v1/openai/');
    const stream = openai
      ? JSON.parse(body).stream === true
      : (req.headers.accept ?? '').includes('event-stream');
    if (!stream) {
      res.writeHead(200, { 'content-type': 'application/json' });
      return res.end(openai ? cap.oaJson : cap.v3Json);
    }
    const events = streamOf(openai ? 'openai' : 'v3', Number(req.headers['x-bench-events'] ?? 100));
    res.writeHead(200, {
      'content-type': 'text/event-stream; charset=utf-8',
      'cache-control': 'no-cache',
    });
    res.flushHeaders();
    for (const event of events) {
      if (!res.write(event)) {
        await new Promise((resolve) => {
          const done = () => {
            res.off('drain', done);
            res.off('close', done);
            resolve();
          };
          res.on('drain', done);
          res.on('close', done);
        });
      }
      if (res.destroyed) return;
    }
    res.end();
  });
  server.keepAliveTimeout = 60_000;
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${server.address().port}`, apiKey: cap.apiKey };
}

if (spec.mode === 'replay') {
  const server = await replayServer();
  process.send({ url: server.url, apiKey: server.apiKey });
} else {
  const emu = await startEmulator({ rateLimits: false, ...spec.options });
  process.send({ url: emu.url, apiKey: emu.apiKey });
}
process.on('SIGTERM', () => process.exit(0));
