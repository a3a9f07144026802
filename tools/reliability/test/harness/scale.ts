import { inject } from 'vitest';

declare module 'vitest' {
  export interface ProvidedContext {
    /** `short` in the test command, `full` in `pnpm reliability`. */
    scale: 'short' | 'full';
  }
}

/** Which form of the campaign runs: `short` (the test command) or `full` (`pnpm reliability`). */
export const scale = (): 'short' | 'full' => inject('scale') ?? 'short';

/** `short` in the test command, `full` in `pnpm reliability`. */
export const byScale = <T>(short: T, full: T): T => (scale() === 'full' ? full : short);

/**
 * Slack added to every time bound, in ms. The bounds say "gave up within the timeout + slack",
 * not how fast: the machine may be loaded (the test command runs every package at once), so the
 * slack is generous, and the delays a bound must beat are longer than it.
 */
export const SLACK_MS = 5_000;
