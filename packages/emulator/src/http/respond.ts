import type { Context } from 'hono';
import type { EmulatorEnv } from '../context.ts';

const OK_STATUS = { code: '20000', message: 'OK' } as const;

/**
 * Answers HTTP 200 with `body` as it is (the OpenAI layer has no envelope), recording the code for
 * the request log and, when given, the tokens the request consumed (for tokens-per-minute limits).
 */
export function okJson(c: Context<EmulatorEnv>, body: unknown, tokens?: number): Response {
  c.set('responseCode', '20000');
  if (tokens !== undefined) c.set('tokens', tokens);
  return c.json(body);
}

/** Answers HTTP 200 with the native envelope `{status:{code:"20000",message:"OK"},result}` (see {@link okJson}). */
export function ok(c: Context<EmulatorEnv>, result: unknown, tokens?: number): Response {
  return okJson(c, { status: OK_STATUS, result }, tokens);
}

/** Answers HTTP 200 with only `{status:{code:"20000",message:"OK"}}` (e.g. tuning delete). */
export function okNoResult(c: Context<EmulatorEnv>): Response {
  return okJson(c, { status: OK_STATUS });
}
