import { findModel, type ModelApi, type ModelInfo } from '../engine/models.ts';
import { fail } from '../http/fail.ts';
import { findSucceededTask, type TuningState } from '../services/tuning-store.ts';

/** The catalogue model `name` if it is served on `api`: else `40080 Model not found` or `40084 Unsupported API for model`. */
export function resolveModel(name: string, api: ModelApi | readonly ModelApi[]): ModelInfo {
  const model = findModel(name);
  if (!model) throw fail('40080');
  const apis: readonly ModelApi[] = typeof api === 'string' ? [api] : api;
  if (!apis.includes(model.api)) throw fail('40084');
  return model;
}

/**
 * A tuned task: a text-only model with the limits of its base model when the task was trained
 * through the emulator's tuning API, else of the model family the API serves. Any task id is
 * served. [UNCONFIRMED]
 */
export function taskModel(
  taskId: string,
  api: 'v3' | 'v1' | 'completions',
  state: TuningState,
): ModelInfo {
  const trained = findModel(findSucceededTask(state, taskId)?.model ?? '');
  const fallback = api === 'v3' ? 'HCX-DASH-002' : api === 'v1' ? 'HCX-003' : 'LK-D2';
  const base = trained && trained.api === api ? trained : findModel(fallback);
  if (!base) throw fail('40080');
  return { ...base, id: taskId, vision: false, tools: false, reasoning: false };
}
