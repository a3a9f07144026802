/**
 * The documented CLOVA Studio status codes (chat.md §9, tools.md §13): HTTP status and message
 * for each five-digit code. Where one code has several documented messages, the first is the
 * default and the others are spelled out where they are raised.
 */
export const STATUS_CODES = {
  '20000': { status: 200, message: 'OK' },
  '20400': { status: 204, message: 'No content' },
  '40000': { status: 400, message: 'Bad request' },
  '40001': { status: 400, message: 'Invalid parameter' },
  '40002': { status: 400, message: 'Unsupported parameter' },
  '40003': { status: 400, message: 'Context length exceeded' },
  '40004': { status: 400, message: 'Text empty' },
  '40005': { status: 400, message: 'Unavailable output' },
  '40009': { status: 400, message: 'Unsupported function' },
  '40055': { status: 400, message: 'Invalid response format schema' },
  '40060': { status: 400, message: 'Unsupported image format' },
  '40061': { status: 400, message: 'File size error' },
  '40063': { status: 400, message: 'Invalid image file' },
  '40080': { status: 400, message: 'Model not found' },
  '40082': { status: 400, message: 'Model fade out' },
  '40083': { status: 400, message: 'Model no resource' },
  '40084': { status: 400, message: 'Unsupported API for model' },
  '40100': { status: 401, message: 'Unauthorized' },
  '40101': { status: 401, message: 'Invalid signature' },
  '40102': { status: 401, message: 'Invalid Authentication Type' },
  '40103': { status: 401, message: 'Access token expired' },
  '40104': { status: 401, message: 'Invalid key' },
  '40170': {
    status: 401,
    message: 'No subscription request history found. Please request a subscription to use',
  },
  '40300': { status: 403, message: 'Forbidden' },
  '40301': { status: 403, message: 'No ownership' },
  '40400': { status: 404, message: 'Not found' },
  '40600': { status: 406, message: 'Not Acceptable' },
  '40800': { status: 408, message: 'Request timeout' },
  '41300': { status: 413, message: 'Request body size exceeded' },
  '41500': { status: 415, message: 'MediaType error' },
  '41501': { status: 415, message: 'No multipart boundary Content-Type' },
  '42400': { status: 424, message: 'Processing Failed' },
  '42900': { status: 429, message: 'Too many requests' },
  '42901': { status: 429, message: 'Too many requests - rate exceeded' },
  '42902': { status: 429, message: 'Too many requests - overloaded' },
  '42903': { status: 429, message: 'Too many requests - image queue' },
  '50000': { status: 500, message: 'Internal server error' },
  '50100': { status: 501, message: 'Not yet implemented' },
  '50400': { status: 504, message: 'Gateway timeout' },
  '61002': { status: 400, message: 'Missing input value' },
  '61004': { status: 400, message: 'Invalid action input' },
  '61005': { status: 400, message: 'Missing model url' },
  '62001': { status: 400, message: 'Invalid input value' },
  '63001': { status: 400, message: 'Invalid action in cot' },
  '63002': { status: 400, message: 'Requests_* action not in cot' },
  '64000': { status: 500, message: 'Model unavailable' },
  '64400': { status: 400, message: 'Token limit exceeded' },
  '64424': { status: 500, message: 'Model generation failed' },
  '64429': { status: 429, message: 'Too many requests' },
  '64500': { status: 500, message: 'Model server error' },
  '65001': { status: 400, message: 'Invalid labels detected' },
  '65002': { status: 500, message: 'Response parsing failed' },
  '65400': { status: 400, message: 'Token limit exceeded' },
} as const satisfies Record<string, { status: number; message: string }>;

/** {@link STATUS_CODES} indexed by any string. */
const KNOWN: Readonly<Record<string, { status: number; message: string }>> = STATUS_CODES;

/** Codes for HTTP statuses the docs give no code for (503, 502), used by faults. [UNCONFIRMED] */
const UNDOCUMENTED: Record<number, { code: string; message: string }> = {
  502: { code: '50200', message: 'Bad gateway' },
  503: { code: '50300', message: 'Service unavailable' },
};

/** The documented message of `code`, or a generic one when the code is not documented. */
export function messageOf(code: string): string {
  const known = KNOWN[code];
  if (known) return known.message;
  const family = Number(code.slice(0, 3));
  return UNDOCUMENTED[family]?.message ?? (family >= 500 ? 'Internal server error' : 'Bad request');
}

/** The HTTP status that goes with `code` (its documented status, else its first three digits). */
export function httpStatusOf(code: string): number {
  const known = KNOWN[code];
  if (known) return known.status;
  const family = Number(code.slice(0, 3));
  return family >= 200 && family <= 599 ? family : 500;
}

/** The default CLOVA code for an HTTP status (e.g. 429 → `42901`, 500 → `50000`). */
export function defaultCodeOf(status: number): string {
  if (status === 429) return '42901';
  const undocumented = UNDOCUMENTED[status];
  if (undocumented) return undocumented.code;
  const match = Object.entries(STATUS_CODES).find(([, v]) => v.status === status);
  return match ? match[0] : `${status}00`;
}
