/**
 * An error that the emulator answers with: the HTTP status, the CLOVA five-digit `code` and the
 * documented `message`. Route handlers throw it; the app's error handler writes it as the
 * `{status:{code,message}}` envelope (or `{error:{…}}` on the OpenAI-compatible layer).
 */
export class ClovaError extends Error {
  /** HTTP status, e.g. `400`. */
  readonly status: number;
  /** CLOVA status code, a string of five digits, e.g. `"40001"`. */
  readonly code: string;
  /** Extra response headers (e.g. `Retry-After` on a 429). */
  readonly headers: Record<string, string>;

  constructor(status: number, code: string, message: string, headers: Record<string, string> = {}) {
    super(message);
    this.name = 'ClovaError';
    this.status = status;
    this.code = code;
    this.headers = headers;
  }
}
