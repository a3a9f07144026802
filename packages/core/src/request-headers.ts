import { ClovaStudioError } from './errors.ts';
import { REQUEST_ID_HEADER } from './request-id.ts';
import type { ResolvedOptions } from './resolve-options.ts';

const REQUEST_ID_KEY = REQUEST_ID_HEADER.toLowerCase();

/** Whether `body` is sent as it is (multipart, bytes, a stream) rather than as JSON. */
export const isRawBody = (body: unknown): body is BodyInit =>
  body instanceof FormData ||
  body instanceof Blob ||
  body instanceof URLSearchParams ||
  body instanceof ArrayBuffer ||
  ArrayBuffer.isView(body) ||
  body instanceof ReadableStream;

/**
 * The headers of a request, as a plain object with lower-case names: `Accept` (JSON or an event
 * stream), `Content-Type: application/json` for a JSON body, the caller's headers, the request
 * id, and the credentials (`Authorization: Bearer <apiKey>`, or the legacy key pair).
 *
 * @throws ClovaStudioError when there is no credential at all (no key, no pair, no `authorization` header).
 */
export function requestHeaders(
  opts: ResolvedOptions,
  requestId: string,
  accept: 'application/json' | 'text/event-stream',
  json: boolean,
): Record<string, string> {
  const headers: Record<string, string> = { accept };
  if (json) headers['content-type'] = 'application/json';
  for (const k in opts.headers) headers[k.toLowerCase()] = opts.headers[k]!;
  headers[REQUEST_ID_KEY] = requestId;
  const legacy = opts.legacyKeys;
  if (legacy) {
    headers['x-ncp-clovastudio-api-key'] = legacy.clovaStudioApiKey;
    headers['x-ncp-apigw-api-key'] = legacy.apigwApiKey;
  } else if (opts.apiKey) {
    headers.authorization = `Bearer ${opts.apiKey}`;
  } else if (!headers.authorization) {
    throw new ClovaStudioError(
      'Missing API key: pass `apiKey` (or `legacyKeys`) in the options, or set the CLOVA_STUDIO_API_KEY environment variable',
      { requestId },
    );
  }
  return headers;
}
