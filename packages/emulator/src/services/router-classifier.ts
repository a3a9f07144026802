import { keywordHits, labelScore, queryTokens } from '../text/keyword-match.ts';
import { countTokens } from '../text/tokenizer.ts';
import type { ResolvedRouter } from './options.ts';

/** The router's `result` object. */
export interface RouteResult {
  domain: { result: string; called: boolean };
  blockedContent: { result: string[]; called: boolean };
  safety: { result: string[]; called: boolean };
  usage: { promptTokens: number; completionTokens: number; totalTokens: number };
}

/** Tokens of the (hidden) classification prompt counted into `promptTokens`. */
const PROMPT_OVERHEAD = 32;

/** Whether the router's labels would fail the real router's build (duplicate or blank names). */
export function hasInvalidLabels(router: ResolvedRouter): boolean {
  for (const group of [router.domains, router.blockedContent, router.safety]) {
    const names = group.map((l) => l.name.trim());
    if (names.some((n) => n === '' || /[\n\r\t]/.test(n)) || new Set(names).size !== names.length) {
      return true;
    }
  }
  return false;
}

/**
 * Classifies `query` (with earlier user turns `history`) for `router`: the best-scoring domain
 * (keywords in the query count double, history keywords once, description similarity adds), or
 * `""`; every blocked-content and safety filter whose keywords occur in the query. A part is
 * `called` when the router has labels for it.
 */
export function classifyRoute(
  router: ResolvedRouter,
  query: string,
  history: readonly string[],
): RouteResult {
  let domain = '';
  let best = 0;
  for (const label of router.domains) {
    const score = labelScore(label, query, history);
    if (score > best) {
      best = score;
      domain = label.name;
    }
  }
  const filters = (labels: ResolvedRouter['safety']) =>
    labels.filter((l) => keywordHits(l, query) > 0).map((l) => l.name);
  const blocked = filters(router.blockedContent);
  const safety = filters(router.safety);
  const labelTokens = [...router.domains, ...router.blockedContent, ...router.safety].reduce(
    (n, l) => n + countTokens(`${l.name} ${l.description}`),
    0,
  );
  const promptTokens = PROMPT_OVERHEAD + labelTokens + queryTokens(query, history);
  const completionTokens = 8 + countTokens([domain, ...blocked, ...safety].join(' '));
  return {
    domain: { result: domain, called: router.domains.length > 0 },
    blockedContent: { result: blocked, called: router.blockedContent.length > 0 },
    safety: { result: safety, called: router.safety.length > 0 },
    usage: { promptTokens, completionTokens, totalTokens: promptTokens + completionTokens },
  };
}
