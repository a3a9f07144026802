import { answerChat } from '../chat/answer-chat.ts';
import { resolveModel, taskModel } from '../chat/resolve-model.ts';
import { parseV1Request } from '../chat/v1-request.ts';
import { v1Events, v1Result } from '../chat/v1-response.ts';
import type { RegisterRoutes } from '../context.ts';

const V1_WIRE = { events: v1Events, result: v1Result };

/** Chat Completions v1: `/v1/chat-completions/{model}` and `/v1|v2/tasks/{taskId}/chat-completions`. */
export const registerChatV1Routes: RegisterRoutes = (app, ctx) => {
  app.post('/v1/chat-completions/:model', (c) => {
    const model = resolveModel(c.req.param('model'), 'v1');
    return answerChat(c, ctx, parseV1Request(c.get('body'), model), V1_WIRE);
  });
  for (const version of ['v1', 'v2']) {
    app.post(`/${version}/tasks/:taskId/chat-completions`, (c) => {
      const model = taskModel(c.req.param('taskId'), 'v1', ctx.tuningTasks);
      return answerChat(c, ctx, parseV1Request(c.get('body'), model), V1_WIRE);
    });
  }
};
