import type { Context, Hono } from 'hono';
import { resolveModel, taskModel } from '../chat/resolve-model.js';
import { runChat, simulateLatency } from '../chat/run-chat.js';
import { parseV1Request } from '../chat/v1-request.js';
import { v1Events, v1Result } from '../chat/v1-response.js';
import type { EmulatorEnv } from '../context.js';
import type { ModelInfo } from '../engine/models.js';
import { ok } from '../http/respond.js';
import { sseResponse, wantsStream } from '../http/sse.js';
import type { EmulatorRuntime } from '../runtime.js';

async function handle(c: Context<EmulatorEnv>, runtime: EmulatorRuntime, model: ModelInfo) {
  const plan = parseV1Request(c.get('body'), model);
  const outcome = runChat(c, plan, runtime);
  if (wantsStream(c)) return sseResponse(c, v1Events(plan, outcome));
  await simulateLatency(runtime, outcome);
  return ok(c, v1Result(plan, outcome));
}

/** Chat Completions v1: `/v1/chat-completions/{model}` and `/v1|v2/tasks/{taskId}/chat-completions`. */
export function registerChatV1Routes(app: Hono<EmulatorEnv>, runtime: EmulatorRuntime): void {
  app.post('/v1/chat-completions/:model', (c) =>
    handle(c, runtime, resolveModel(c.req.param('model'), 'v1')),
  );
  for (const version of ['v1', 'v2']) {
    app.post(`/${version}/tasks/:taskId/chat-completions`, (c) =>
      handle(c, runtime, taskModel(c.req.param('taskId'), 'v1', runtime.toolsState)),
    );
  }
}
