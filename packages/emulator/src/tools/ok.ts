import type { Context } from 'hono';

/** The success envelope every native CLOVA endpoint answers with. */
export function okBody<T>(result: T): { status: { code: '20000'; message: 'OK' }; result: T } {
  return { status: { code: '20000', message: 'OK' }, result };
}

/** Answers HTTP 200 with `{status:{code:"20000",message:"OK"},result}`. */
export function ok<T>(c: Context, result: T): Response {
  return c.json(okBody(result));
}

/** Answers HTTP 200 with only `{status:{code:"20000",message:"OK"}}` (e.g. tuning delete). */
export function okNoResult(c: Context): Response {
  return c.json({ status: { code: '20000', message: 'OK' } });
}
