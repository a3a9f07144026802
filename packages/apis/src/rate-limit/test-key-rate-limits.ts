import type { RateBudgetOptions } from './rate-budget.ts';

/**
 * The published web and test-key limits (as of 2025-07-17) per model, as a ready `rateLimit`
 * preset: HCX-007 and HCX-005 60 QPM / 60,000 TPM, HCX-DASH-002 90 / 80,000, HCX-003 and
 * HCX-DASH-001 200 / 30,000. Tuned tasks count against their base model on the service; map
 * yours with `perModel` (`'task:<id>'`). Per-tool figures are not published: add them under
 * `perModel` (`'embedding/v2'`, …) or as top-level limits. Service-app keys have other limits.
 *
 * @example
 * ```ts
 * const client = new ClovaStudio({ rateLimit: testKeyRateLimits });
 * ```
 */
export const testKeyRateLimits = {
  perModel: {
    'HCX-007': { requestsPerMinute: 60, tokensPerMinute: 60_000 },
    'HCX-005': { requestsPerMinute: 60, tokensPerMinute: 60_000 },
    'HCX-DASH-002': { requestsPerMinute: 90, tokensPerMinute: 80_000 },
    'HCX-003': { requestsPerMinute: 200, tokensPerMinute: 30_000 },
    'HCX-DASH-001': { requestsPerMinute: 200, tokensPerMinute: 30_000 },
  },
} as const satisfies RateBudgetOptions;
