import type { Scenario } from '../scenario.ts';

/** Every scenario, in the order `demo` runs them. */
export const scenarios: readonly Scenario[] = [];
