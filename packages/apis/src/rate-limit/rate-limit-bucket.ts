const CHAT = /\/v\d+\/(?:chat-completions|completions)\/([^/]+)$/;
const TASK = /\/v\d+\/tasks\/([^/]+)\//;
const TOOL = /\/v\d+\/api-tools\/(.+)$/;
const OPENAI = /\/v\d+\/openai\//;
const ROUTER = /\/v\d+\/routers\//;
const SKILLSET = /\/v\d+\/skillsets\//;
const TUNING = /\/tuning\//;

/**
 * The model or tool a call counts against, as CLOVA Studio counts its limits: the model for chat
 * and completions (`HCX-005`; for the OpenAI-compatible layer the body's `model`), `task:<id>` for a
 * tuned task, the tool path under `api-tools` for tools (`embedding/clir-emb-dolphin`,
 * `embedding/v2`, `summarization/v2`, `segmentation`, `reranker`, …), and `router`, `skillset` or
 * `tuning` for those APIs (pooled across ids and versions). These are the keys of
 * `rateLimit.perModel`.
 */
export function rateLimitBucket(path: string, body?: unknown): string {
  const chat = path.match(CHAT)?.[1];
  if (chat) return decodeURIComponent(chat);
  const task = path.match(TASK)?.[1];
  if (task) return `task:${decodeURIComponent(task)}`;
  const tool = path.match(TOOL)?.[1];
  if (tool) return tool;
  if (OPENAI.test(path)) {
    const model = (body as { model?: unknown } | undefined)?.model;
    return typeof model === 'string' ? model : 'openai';
  }
  if (ROUTER.test(path)) return 'router';
  if (SKILLSET.test(path)) return 'skillset';
  if (TUNING.test(path)) return 'tuning';
  return path;
}
