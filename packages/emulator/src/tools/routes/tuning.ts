import type { Context } from 'hono';
import { z } from 'zod';
import type { EmulatorEnv } from '../../context.js';
import { ok, okNoResult } from '../../http/respond.js';
import { toolErrors } from '../errors.js';
import type { RegisterToolRoute } from '../route-context.js';
import { listTuningTasks } from '../state.js';
import { toNewTuningTask, tuningCreateSchema } from '../tuning-request.js';
import { createTuningTask, deleteTuningTask, getTuningTask } from '../tuning-store.js';
import { isJsonObject, issueFields } from '../validate.js';

const pageQuery = z.object({
  page: z.coerce.number().int().min(0).default(0),
  size: z.coerce.number().int().min(1).max(100).default(20),
});

/** The create fields of a request: the JSON body, or the multipart form (file parts by name). */
async function createFields(c: Context<EmulatorEnv>): Promise<Record<string, unknown>> {
  const contentType = (c.req.header('content-type') ?? '').toLowerCase();
  if (contentType.startsWith('multipart/form-data')) {
    if (!/boundary=/.test(contentType)) throw toolErrors.noMultipartBoundary();
    const form = await c.req.parseBody().catch(() => {
      throw toolErrors.badRequest();
    });
    const fields: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(form)) {
      if (typeof value === 'string') fields[key] = value;
      else if (!Array.isArray(value)) fields[key] = value.name || key;
    }
    return fields;
  }
  if (contentType !== '' && !contentType.startsWith('application/json')) {
    throw toolErrors.mediaType();
  }
  const body = c.get('body');
  if (!isJsonObject(body)) throw toolErrors.badRequest();
  return body;
}

/**
 * Tuning: `POST /tuning/v2/tasks` (JSON or multipart), `GET /tuning/v2/tasks?page&size`,
 * `GET /tuning/v2/tasks/{taskId}`, `DELETE /tuning/v2/tasks/{taskId}` (also `/v2/tasks/{taskId}`,
 * the path in the doc's URI table).
 */
export const registerTuningRoutes: RegisterToolRoute = (app, { options, state, clock }) => {
  app.post('/tuning/v2/tasks', async (c) => {
    const parsed = tuningCreateSchema.safeParse(await createFields(c));
    if (!parsed.success) throw toolErrors.invalidParameter(...issueFields(parsed.error.issues));
    const task = createTuningTask(state, toNewTuningTask(parsed.data), options.tuning, clock.now());
    const { method: _method, ...view } = task;
    return ok(c, view);
  });

  app.get('/tuning/v2/tasks', (c) => {
    const query = pageQuery.safeParse(c.req.query());
    if (!query.success) throw toolErrors.invalidParameter(...issueFields(query.error.issues));
    const { page, size } = query.data;
    const all = listTuningTasks(state, clock.now());
    return ok(c, {
      totalPages: Math.ceil(all.length / size),
      totalElements: all.length,
      size,
      number: page,
      content: all.slice(page * size, page * size + size),
    });
  });

  app.get('/tuning/v2/tasks/:taskId', (c) => {
    const task = getTuningTask(state, c.req.param('taskId'), clock.now());
    if (!task) throw toolErrors.notFound();
    const { method: _method, ...view } = task;
    return ok(c, view);
  });

  for (const path of ['/tuning/v2/tasks/:taskId', '/v2/tasks/:taskId']) {
    app.delete(path, (c) => {
      if (!deleteTuningTask(state, c.req.param('taskId') ?? '')) throw toolErrors.notFound();
      return okNoResult(c);
    });
  }
};
