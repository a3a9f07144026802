/** What replaces a secret in messages, bodies and log lines. */
export const REDACTED = '[redacted]';

const SECRET_HEADERS =
  /^(authorization|x-ncp-clovastudio-api-key|x-ncp-apigw-api-key|x-ncp-iam-access-key|x-ncp-apigw-signature-v2)$/i;

// New-style CLOVA Studio keys: `nv-` followed by a long alphanumeric run.
const KEY_PATTERN = /\bnv-[A-Za-z0-9]{8,}/g;

/**
 * Copies `headers` into a plain object that is safe to log: every credential header
 * (`Authorization`, `X-NCP-CLOVASTUDIO-API-KEY`, `X-NCP-APIGW-API-KEY`, IAM signature headers)
 * becomes `[redacted]`, and in every other header the given secrets and anything shaped like a
 * CLOVA Studio key (`nv-…`) are replaced by `[redacted]` (see {@link redactText}).
 */
export function redactHeaders(
  headers: Headers | Record<string, string>,
  secrets: readonly string[] = [],
): Record<string, string> {
  const out: Record<string, string> = {};
  const entries = headers instanceof Headers ? headers.entries() : Object.entries(headers);
  for (const [name, value] of entries) {
    out[name] = SECRET_HEADERS.test(name) ? REDACTED : redactText(value, secrets);
  }
  return out;
}

/** {@link redactHeaders} as a new `Headers` (for `APIError.headers`); `headers` itself is left as it is. */
export function redactResponseHeaders(headers: Headers, secrets: readonly string[] = []): Headers {
  return new Headers(redactHeaders(headers, secrets));
}

/**
 * Removes every occurrence of the given secrets, and anything shaped like a CLOVA Studio key
 * (`nv-…`), from `text`.
 */
export function redactText(text: string, secrets: readonly string[] = []): string {
  let out = text;
  for (const secret of secrets) if (secret) out = out.split(secret).join(REDACTED);
  return out.replace(KEY_PATTERN, REDACTED);
}

/**
 * Returns `value` with every string inside it passed through {@link redactText}. Values that hold
 * no secret are returned as they are (same reference).
 */
export function redactValue<T>(value: T, secrets: readonly string[] = []): T {
  if (typeof value === 'string') return redactText(value, secrets) as T;
  if (value === null || typeof value !== 'object') return value;
  let json: string;
  try {
    json = JSON.stringify(value);
  } catch {
    return value;
  }
  const clean = redactText(json, secrets);
  return clean === json ? value : (JSON.parse(clean) as T);
}
