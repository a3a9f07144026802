import { answerChat } from '../chat/answer-chat.ts';
import { resolveModel, taskModel } from '../chat/resolve-model.ts';
import { parseV3Request } from '../chat/v3-request.ts';
import { v3Events, v3Result } from '../chat/v3-response.ts';
import type { RegisterRoutes } from '../context.ts';

const V3_WIRE = { events: v3Events, result: v3Result };

/** Chat Completions v3: `/v3/chat-completions/{model}` and `/v3/tasks/{taskId}/chat-completions`. */
export const registerChatV3Routes: RegisterRoutes = (app, ctx) => {
  app.post('/v3/chat-completions/:model', (c) => {
    const model = resolveModel(c.req.param('model'), 'v3');
    return answerChat(c, ctx, parseV3Request(c.get('body'), model), V3_WIRE);
  });
  app.post('/v3/tasks/:taskId/chat-completions', (c) => {
    const model = taskModel(c.req.param('taskId'), 'v3', ctx.tuningTasks);
    return answerChat(c, ctx, parseV3Request(c.get('body'), model, true), V3_WIRE);
  });
};
