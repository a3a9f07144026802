import type { Context, Hono } from 'hono';
import { type CompletionPlan, parseCompletionRequest } from '../chat/completion-request.js';
import { resolveModel, taskModel } from '../chat/resolve-model.js';
import { type ChatOutcome, runChat, simulateLatency } from '../chat/run-chat.js';
import { stopReason } from '../chat/v1-response.js';
import type { EmulatorEnv } from '../context.js';
import { aiFilter } from '../engine/ai-filter.js';
import type { ModelInfo } from '../engine/models.js';
import { ok } from '../http/respond.js';
import type { EmulatorRuntime } from '../runtime.js';
import { tokenize } from '../text/tokenizer.js';

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

async function handle(c: Context<EmulatorEnv>, runtime: EmulatorRuntime, model: ModelInfo) {
  const plan = parseCompletionRequest(c.get('body'), model);
  const outcome = runChat(c, plan, runtime);
  await simulateLatency(runtime, outcome);
  return ok(c, completionResult(plan, outcome));
}

/** Legacy Completions (LK models): `/v1/completions/{model}` and `/v1/tasks/{taskId}/completions`. */
export function registerCompletionRoutes(app: Hono<EmulatorEnv>, runtime: EmulatorRuntime): void {
  app.post('/v1/completions/:model', (c) =>
    handle(c, runtime, resolveModel(c.req.param('model'), 'completions')),
  );
  app.post('/v1/tasks/:taskId/completions', (c) =>
    handle(c, runtime, taskModel(c.req.param('taskId'), 'completions', runtime.toolsState)),
  );
}
