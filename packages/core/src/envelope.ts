/** The `status.code` of a successful native response. */
export const SUCCESS_CODE = '20000';

/** Whether an envelope `status.code` reports success: any `2xxxx` code (the documented one is {@link SUCCESS_CODE}). */
export function isSuccessCode(code: string): boolean {
  return /^2\d{4}$/.test(code);
}

/** `status` of the native `{status:{code,message},result}` envelope. */
export interface EnvelopeStatus {
  /** Five-digit code as a string, e.g. `'20000'`, `'42901'`. */
  code: string;
  /** The server's message, e.g. `'OK'`. */
  message: string | undefined;
}

/** `error` of the OpenAI-compatible layer's `{error:{message,type,param,code}}` body. */
export interface OpenAIErrorBody {
  /** The server's message. */
  message: string | undefined;
  /** Error type (CLOVA sends `null`). */
  type: string | null | undefined;
  /** Offending parameter (documented as unsupported: `null`). */
  param: string | null | undefined;
  /** The CLOVA code, as a string. */
  code: string | undefined;
}

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v: unknown) => (typeof v === 'string' ? v : undefined);

/** Parses a response body: `undefined` when empty, the JSON value, or the text itself when it is not JSON. */
export function parseBody(text: string): unknown {
  if (text === '') return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

/** The envelope `status` of `body`, when `body` is shaped like `{status:{code}}` (code as string or number). */
export function envelopeStatus(body: unknown): EnvelopeStatus | undefined {
  if (!isObj(body) || !isObj(body.status)) return undefined;
  const { code, message } = body.status;
  if (typeof code !== 'string' && typeof code !== 'number') return undefined;
  return { code: String(code), message: str(message) };
}

/** The OpenAI-compatible `error` object of `body`, when there is one. */
export function openAIError(body: unknown): OpenAIErrorBody | undefined {
  if (!isObj(body) || !isObj(body.error)) return undefined;
  const { message, type, param, code } = body.error;
  return {
    message: str(message),
    type: type === null ? null : str(type),
    param: param === null ? null : str(param),
    code: code === null || code === undefined ? undefined : String(code),
  };
}
