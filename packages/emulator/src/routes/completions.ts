import type { Context } from 'hono';
import { type CompletionPlan, parseCompletionRequest } from '../chat/completion-request.ts';
import { resolveModel, taskModel } from '../chat/resolve-model.ts';
import { type ChatOutcome, runChat, simulateLatency } from '../chat/run-chat.ts';
import { stopReason } from '../chat/v1-response.ts';
import type { EmulatorContext, EmulatorEnv, RegisterRoutes } from '../context.ts';
import { aiFilter } from '../engine/ai-filter.ts';
import type { ModelInfo } from '../engine/models.ts';
import { ok } from '../http/respond.ts';
import { tokenize } from '../text/tokenizer.ts';

/**
 * The legacy Completions result. [UNCONFIRMED] shape: `text` is the whole text (input, `start`,
 * output, `restart`), `inputText`/`outputText` its two halves, token lists only with `includeTokens`.
 */
function completionResult(plan: CompletionPlan, outcome: ChatOutcome) {
  const output = outcome.generation.content;
  const inputText = `${plan.text}${plan.start}`;
  const outputText = `${output}${plan.restart}`;
  const result: Record<string, unknown> = {
    text: `${inputText}${outputText}`,
    inputText,
    outputText,
    stopReason: stopReason(outcome),
    inputLength: plan.promptTokens,
    outputLength: outcome.generation.completionTokens,
  };
  if (plan.includeTokens) {
    result.inputTokens = tokenize(inputText);
    result.outputTokens = tokenize(outputText);
  }
  if (plan.includeAiFilters) result.aiFilter = aiFilter(output);
  return result;
}

async function handle(c: Context<EmulatorEnv>, ctx: EmulatorContext, model: ModelInfo) {
  const plan = parseCompletionRequest(c.get('body'), model);
  const outcome = runChat(c, plan, ctx);
  await simulateLatency(ctx, outcome);
  return ok(c, completionResult(plan, outcome));
}

/** Legacy Completions (LK models): `/v1/completions/{model}` and `/v1/tasks/{taskId}/completions`. */
export const registerCompletionRoutes: RegisterRoutes = (app, ctx) => {
  app.post('/v1/completions/:model', (c) =>
    handle(c, ctx, resolveModel(c.req.param('model'), 'completions')),
  );
  app.post('/v1/tasks/:taskId/completions', (c) =>
    handle(c, ctx, taskModel(c.req.param('taskId'), 'completions', ctx.tuningTasks)),
  );
};
