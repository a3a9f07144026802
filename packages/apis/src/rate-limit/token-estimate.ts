/** What {@link estimateTokens} (or a replacement given as `rateLimit.estimateTokens`) sees of a call. */
export interface TokenEstimateInput {
  /** The bucket the call counts against ({@link rateLimitBucket}). */
  bucket: string;
  /** Request path, e.g. `/v3/chat-completions/HCX-005`. */
  path: string;
  /** The parsed JSON body, `undefined` when there is none or it is not JSON. */
  body: unknown;
}

/** Output tokens reserved for a chat call that sets no cap (the OpenAI-compatible layer's documented default). */
export const DEFAULT_OUTPUT_RESERVE = 512;

const OUTPUT_CAPS = ['maxTokens', 'maxCompletionTokens', 'max_tokens', 'max_completion_tokens'];
const encoder = new TextEncoder();

/**
 * A deliberately generous estimate of the tokens a call will use, reserved before it is sent and
 * settled with the reported usage afterwards: one token per 3 UTF-8 bytes of every text in the
 * body (a Hangul syllable is 3 bytes; English runs about 4 characters a token), image URLs left
 * out, plus the output cap (`maxTokens`, `maxCompletionTokens`, `max_tokens`,
 * `max_completion_tokens`), or {@link DEFAULT_OUTPUT_RESERVE} for a chat call that sets none.
 */
export function estimateTokens({ body }: TokenEstimateInput): number {
  if (body === null || typeof body !== 'object') return 0;
  let bytes = 0;
  const walk = (value: unknown): void => {
    if (typeof value === 'string') {
      if (!/^(?:data:|https?:\/\/)/.test(value)) bytes += encoder.encode(value).length;
    } else if (Array.isArray(value)) {
      for (const v of value) walk(v);
    } else if (value !== null && typeof value === 'object') {
      for (const k in value)
        if (k !== 'model' && k !== 'role') walk((value as Record<string, unknown>)[k]);
    }
  };
  walk(body);
  const record = body as Record<string, unknown>;
  const cap = OUTPUT_CAPS.map((k) => record[k]).find((v) => typeof v === 'number');
  const output = typeof cap === 'number' ? cap : 'messages' in record ? DEFAULT_OUTPUT_RESERVE : 0;
  return Math.ceil(bytes / 3) + output;
}
