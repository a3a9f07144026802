/** What replaces a secret in messages, bodies and log lines. */
export const REDACTED = '[redacted]';

const SECRET_HEADERS =
  /^(authorization|x-ncp-clovastudio-api-key|x-ncp-apigw-api-key|x-ncp-iam-access-key|x-ncp-apigw-signature-v2)$/i;

// New-style CLOVA Studio keys: `nv-` followed by a long alphanumeric run.
const KEY_PATTERN = /\bnv-[A-Za-z0-9]{8,}/g;

/**
 * Copies `headers` into a plain object with every credential header (`Authorization`,
 * `X-NCP-CLOVASTUDIO-API-KEY`, `X-NCP-APIGW-API-KEY`, IAM signature headers) replaced by
 * `[redacted]`. Safe to log.
 */
export function redactHeaders(headers: Headers | Record<string, string>): Record<string, string> {
  const out: Record<string, string> = {};
  const entries = headers instanceof Headers ? headers.entries() : Object.entries(headers);
  for (const [name, value] of entries) out[name] = SECRET_HEADERS.test(name) ? REDACTED : value;
  return out;
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
