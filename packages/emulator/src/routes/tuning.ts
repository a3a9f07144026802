import type { Context } from 'hono';
import { z } from 'zod';
import type { EmulatorEnv, RegisterRoutes } from '../context.ts';
import { readLimitedBody } from '../http/body.ts';
import { fail } from '../http/fail.ts';
import { readHeader } from '../http/header.ts';
import { ok, okNoResult } from '../http/respond.ts';
import { toNewTuningTask, tuningCreateSchema } from '../services/tuning-request.ts';
import {
  createTuningTask,
  deleteTuningTask,
  getTuningTask,
  listTuningTasks,
} from '../services/tuning-store.ts';
import type { TuningTaskView } from '../services/tuning-task.ts';
import { objectBody, parseWith } from '../validate.ts';

const pageQuery = z.object({
  page: z.coerce.number().int().min(0).default(0),
  size: z.coerce.number().int().min(1).max(100).default(20),
});

/**
 * The create fields of a request: the JSON body, or the multipart form (file parts by name). The
 * app has already answered other content types (`415 41500`) and a multipart type without a
 * boundary (`415 41501`).
 */
async function createFields(c: Context<EmulatorEnv>): Promise<Record<string, unknown>> {
  const contentType = readHeader(c, 'content-type') ?? '';
  if (!contentType.toLowerCase().startsWith('multipart/form-data'))
    return objectBody(c.get('body'));
  // the app leaves multipart bodies unread: read within the body limit (a chunked upload
  // announces no size), then let the platform parse the form
  const bytes = await readLimitedBody(c.req.raw);
  const form = await new Response(bytes, { headers: { 'content-type': contentType } })
    .formData()
    .catch(() => {
      throw fail('40000');
    });
  const fields: Record<string, unknown> = {};
  for (const [key, value] of form.entries())
    fields[key] = typeof value === 'string' ? value : value.name || key;
  return fields;
}

/** The task object of the create and get responses: the list view without `method`. */
function taskObject(task: TuningTaskView): Omit<TuningTaskView, 'method'> {
  const { method: _method, ...view } = task;
  return view;
}

/**
 * Tuning: `POST /tuning/v2/tasks` (JSON or multipart), `GET /tuning/v2/tasks?page&size`,
 * `GET /tuning/v2/tasks/{taskId}`, `DELETE /tuning/v2/tasks/{taskId}` (also `/v2/tasks/{taskId}`,
 * the path in the doc's URI table).
 */
export const registerTuningRoutes: RegisterRoutes = (app, ctx) => {
  app.post('/tuning/v2/tasks', async (c) => {
    const fields = parseWith(tuningCreateSchema, await createFields(c));
    const task = createTuningTask(
      ctx.tuningTasks,
      toNewTuningTask(fields),
      ctx.tuning,
      ctx.clock.now(),
    );
    return ok(c, taskObject(task));
  });

  app.get('/tuning/v2/tasks', (c) => {
    const { page, size } = parseWith(pageQuery, c.req.query());
    const all = listTuningTasks(ctx.tuningTasks, ctx.clock.now());
    return ok(c, {
      totalPages: Math.ceil(all.length / size),
      totalElements: all.length,
      size,
      number: page,
      content: all.slice(page * size, page * size + size),
    });
  });

  app.get('/tuning/v2/tasks/:taskId', (c) => {
    const task = getTuningTask(ctx.tuningTasks, c.req.param('taskId'), ctx.clock.now());
    if (!task) throw fail('40400');
    return ok(c, taskObject(task));
  });

  for (const path of ['/tuning/v2/tasks/:taskId', '/v2/tasks/:taskId']) {
    app.delete(path, (c) => {
      if (!deleteTuningTask(ctx.tuningTasks, c.req.param('taskId') ?? '')) throw fail('40400');
      return okNoResult(c);
    });
  }
};
