import { type ModelId, models } from '../models.ts';

/** Lower case, with `_` and spaces read as `-`: how a slip in a model id is compared. */
function fold(id: string): string {
  return id
    .trim()
    .toLowerCase()
    .replace(/[_\s]+/g, '-');
}

/**
 * The documented model id that `model` was probably meant to be (`hcx-005`, `HCX_005` →
 * `HCX-005`), or `undefined` when `model` is documented already or resembles none. Ids that are
 * merely unknown (a model released after this table) are left to the service.
 */
export function suggestModelId(model: string): ModelId | undefined {
  if (Object.hasOwn(models, model)) return undefined;
  const folded = fold(model);
  return (Object.keys(models) as ModelId[]).find((id) => fold(id) === folded);
}

/** The validation message for a model id with a likely slip, naming both ids. */
export function unknownModelMessage(model: string, suggestion: string): string {
  return `unknown model ${JSON.stringify(model)}; did you mean "${suggestion}"?`;
}
