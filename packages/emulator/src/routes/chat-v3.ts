import type { Context, Hono } from 'hono';
import { resolveModel, taskModel } from '../chat/resolve-model.js';
import { runChat, simulateLatency } from '../chat/run-chat.js';
import { parseV3Request } from '../chat/v3-request.js';
import { v3Events, v3Result } from '../chat/v3-response.js';
import type { EmulatorEnv } from '../context.js';
import type { ModelInfo } from '../engine/models.js';
import { ok } from '../http/respond.js';
import { sseResponse, wantsStream } from '../http/sse.js';
import type { EmulatorRuntime } from '../runtime.js';

async function handle(
  c: Context<EmulatorEnv>,
  runtime: EmulatorRuntime,
  model: ModelInfo,
  task: boolean,
) {
  const plan = parseV3Request(c.get('body'), model, task);
  const outcome = runChat(c, plan, runtime);
  if (wantsStream(c)) return sseResponse(c, v3Events(plan, outcome));
  await simulateLatency(runtime, outcome);
  return ok(c, v3Result(plan, outcome));
}

/** Chat Completions v3: `/v3/chat-completions/{model}` and `/v3/tasks/{taskId}/chat-completions`. */
export function registerChatV3Routes(app: Hono<EmulatorEnv>, runtime: EmulatorRuntime): void {
  app.post('/v3/chat-completions/:model', (c) =>
    handle(c, runtime, resolveModel(c.req.param('model'), 'v3'), false),
  );
  app.post('/v3/tasks/:taskId/chat-completions', (c) =>
    handle(c, runtime, taskModel(c.req.param('taskId'), 'v3', runtime.toolsState), true),
  );
}
