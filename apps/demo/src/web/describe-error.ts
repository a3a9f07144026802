/**
 * Turns whatever an engine threw into one sentence a person can act on. Both adapters surface
 * CLOVA's HTTP status (`statusCode` on the AI SDK's `APICallError`, `status` on our `APIError`);
 * retry wrappers (`RetryError.lastError`) and `cause` chains are unwrapped first.
 */
export function describeError(error: unknown): string {
  const found = innermost(error);
  const status = numberField(found, 'statusCode') ?? numberField(found, 'status');
  const code = clovaCode(found);
  const tag = [status && `HTTP ${status}`, code && `code ${code}`].filter(Boolean).join(' · ');
  const suffix = tag ? ` (${tag})` : '';
  if (status === 429) {
    return `CLOVA Studio is rate limiting this key: too many requests or tokens this minute. Wait a moment and try again${suffix}.`;
  }
  if (status === 401 || status === 403) {
    return `CLOVA Studio rejected the API key. Check CLOVA_STUDIO_API_KEY (a key starts with nv-)${suffix}.`;
  }
  if (isAbort(found)) return 'The answer was stopped.';
  const message = found instanceof Error ? found.message : String(found);
  return `${message || 'Something went wrong'}${suffix}`;
}

/** The most specific error: `lastError` of a retry wrapper, then the end of the `cause` chain that has a status. */
function innermost(error: unknown): unknown {
  let current = error;
  for (let depth = 0; depth < 5; depth++) {
    if (numberField(current, 'statusCode') ?? numberField(current, 'status')) return current;
    const next = field(current, 'lastError') ?? field(current, 'cause');
    if (next === undefined) return current;
    current = next;
  }
  return current;
}

function field(value: unknown, name: string): unknown {
  return typeof value === 'object' && value !== null
    ? (value as Record<string, unknown>)[name]
    : undefined;
}

function numberField(value: unknown, name: string): number | undefined {
  const found = field(value, name);
  return typeof found === 'number' && found >= 100 ? found : undefined;
}

/** CLOVA's five-digit code: `code` on our errors, or `status.code` in the response body. */
function clovaCode(error: unknown): string | undefined {
  const code = field(error, 'code');
  if (typeof code === 'string' && /^\d{5}$/.test(code)) return code;
  const body = field(error, 'responseBody');
  if (typeof body === 'string') return body.match(/"code"\s*:\s*"?(\d{5})/)?.[1];
  return undefined;
}

function isAbort(error: unknown): boolean {
  return field(error, 'name') === 'AbortError';
}
