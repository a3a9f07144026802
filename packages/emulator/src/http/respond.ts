import type { Context } from 'hono';
import type { EmulatorEnv } from '../context.js';

/** A native success response: `{status:{code:"20000",message:"OK"},result}`. */
export function ok(c: Context<EmulatorEnv>, result: unknown): Response {
  c.set('responseCode', '20000');
  return c.json({ status: { code: '20000', message: 'OK' }, result });
}
