import type { RegisterRoutes } from '../context.ts';
import { fail, invalidParameter } from '../http/fail.ts';
import { ok } from '../http/respond.ts';
import { sseResponse, wantsStream } from '../http/sse.ts';
import { skillsetRequestSchema } from '../services/skillset-request.ts';
import { runSkillset } from '../services/skillset-runner.ts';
import { skillsetEvents } from '../services/skillset-stream.ts';
import { queryTokens } from '../text/keyword-match.ts';
import { parseBody } from '../validate.ts';
import { parseVersion } from './router.ts';

/**
 * `POST /v1/skillsets/{skillsetId}/versions/{version}/final-answer`: JSON answer, or an SSE
 * stream (`planning`, `cot`, `token`…, `finalAnswer`) when `Accept` includes `text/event-stream`.
 */
export const registerSkillsetRoutes: RegisterRoutes = (app, ctx) => {
  app.post('/v1/skillsets/:skillsetId/versions/:version/final-answer', (c) => {
    const id = c.req.param('skillsetId');
    const skillset = Object.hasOwn(ctx.skillsets, id) ? ctx.skillsets[id] : undefined;
    const segment = c.req.param('version');
    const version = segment === 'latest' ? skillset?.versions : parseVersion(segment);
    if (version === undefined && skillset) throw invalidParameter('version');
    if (!skillset || version === undefined || version > skillset.versions) throw fail('40400');
    const body = parseBody(skillsetRequestSchema, c.get('body'));
    if (body.query === undefined || body.query.trim() === '') throw fail('61002');
    const history = body.chatHistory.map((turn) => turn.content);
    if (queryTokens(body.query, history) > skillset.maxTokens) {
      throw fail('64400');
    }
    const run = runSkillset(skillset, body.query, history, body.requestOverride);
    const tokenCount = run.tokenCounts.planning + run.tokenCounts.cot + run.tokenCounts.finalAnswer;
    if (wantsStream(c)) {
      c.set('tokens', tokenCount);
      return sseResponse(c, skillsetEvents(run, body.tokenStream, `${id}:${body.query}`));
    }
    return ok(
      c,
      {
        finalAnswer: run.finalAnswer,
        tokenCount,
        useTask: run.useTask,
        apiResult: run.apiResult,
      },
      tokenCount,
    );
  });
};
