/**
 * Reads the delay a server asked for, in milliseconds: `retry-after-ms` (OpenAI style), else
 * `Retry-After` as seconds or as an HTTP date. `undefined` when neither is present or readable.
 */
export function parseRetryAfter(headers: Headers): number | undefined {
  const ms = headers.get('retry-after-ms');
  if (ms !== null && ms.trim() !== '') {
    const value = Number(ms);
    if (Number.isFinite(value) && value >= 0) return value;
  }
  const after = headers.get('retry-after');
  if (after === null || after.trim() === '') return undefined;
  const seconds = Number(after);
  if (Number.isFinite(seconds)) return seconds >= 0 ? seconds * 1000 : undefined;
  const date = Date.parse(after);
  return Number.isNaN(date) ? undefined : Math.max(0, date - Date.now());
}

/** Reads a duration such as `12s`, `1m30s`, `250ms` or `2` (seconds), in milliseconds. */
export function parseDuration(value: string | null | undefined): number | undefined {
  const text = value?.trim();
  if (!text) return undefined;
  if (/^\d+(\.\d+)?$/.test(text)) return Number(text) * 1000;
  let ms = 0;
  let rest = text;
  for (const [part, amount, unit] of text.matchAll(/(\d+(?:\.\d+)?)(ms|h|m|s)/g)) {
    ms +=
      Number(amount) * { ms: 1, s: 1_000, m: 60_000, h: 3_600_000 }[unit as 'ms' | 's' | 'm' | 'h'];
    rest = rest.replace(part, '');
  }
  return rest === '' ? ms : undefined;
}

/**
 * When the exhausted rate-limit window resets, in milliseconds, from `x-ratelimit-reset-requests`
 * or `x-ratelimit-reset-tokens` (`12s`, `1m30s`; the emulator's and OpenAI's form; CLOVA does
 * not document one). The window whose `x-ratelimit-remaining-*` is `0` counts; when none says
 * so, the requests window. `undefined` when there is no readable hint.
 */
export function parseRateLimitReset(headers: Headers): number | undefined {
  const exhausted = (kind: string) => headers.get(`x-ratelimit-remaining-${kind}`)?.trim() === '0';
  const kind = !exhausted('requests') && exhausted('tokens') ? 'tokens' : 'requests';
  return parseDuration(headers.get(`x-ratelimit-reset-${kind}`));
}
