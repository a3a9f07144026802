import type { Context } from 'hono';
import type { EmulatorEnv } from '../context.js';

/** The success envelope every native CLOVA endpoint answers with. */
export function okBody<T>(result: T): { status: { code: '20000'; message: 'OK' }; result: T } {
  return { status: { code: '20000', message: 'OK' }, result };
}

/**
 * Answers HTTP 200 with `{status:{code:"20000",message:"OK"},result}`, recording the code for the
 * request log and, when given, the tokens the request consumed (for tokens-per-minute limits).
 */
export function ok<T>(c: Context<EmulatorEnv>, result: T, tokens?: number): Response {
  c.set('responseCode', '20000');
  if (tokens !== undefined) c.set('tokens', tokens);
  return c.json(okBody(result));
}

/** Answers HTTP 200 with only `{status:{code:"20000",message:"OK"}}` (e.g. tuning delete). */
export function okNoResult(c: Context<EmulatorEnv>): Response {
  c.set('responseCode', '20000');
  return c.json({ status: { code: '20000', message: 'OK' } });
}
