import { fail, invalidParameter } from '../http/fail.ts';
import { isObject, type JsonObject } from '../validate.ts';

const FORMATS = new Set(['bmp', 'png', 'jpg', 'jpeg', 'webp']);
const MAX_BYTES = 20 * 1024 * 1024;

function checkUrl(imageUrl: unknown): void {
  if (!isObject(imageUrl) || typeof imageUrl.url !== 'string') throw invalidParameter('imageUrl');
  let url: URL;
  try {
    url = new URL(imageUrl.url);
  } catch {
    throw fail('40063', 'Invalid image url');
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    throw fail('40063', 'Invalid image url');
  const extension = url.pathname.match(/\.([A-Za-z0-9]+)$/)?.[1]?.toLowerCase();
  if (!extension || !FORMATS.has(extension)) throw fail('40060');
}

function checkDataUri(dataUri: unknown): void {
  if (!isObject(dataUri) || typeof dataUri.data !== 'string') throw invalidParameter('dataUri');
  const match = dataUri.data.match(/^data:image\/([A-Za-z0-9.+-]+);base64,(.*)$/s);
  if (!match) throw invalidParameter('dataUri');
  const format = (match[1] ?? '').toLowerCase();
  if (!FORMATS.has(format)) throw fail('40060');
  const payload = (match[2] ?? '').replace(/\s+/g, '');
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(payload)) throw fail('40063', 'Invalid image file');
  const bytes = Math.floor((payload.length * 3) / 4) - (payload.match(/=+$/)?.[0].length ?? 0);
  if (bytes <= 0 || bytes > MAX_BYTES) throw fail('40061');
}

/**
 * Validates an `image_url` content part (never fetches anything): exactly one of `imageUrl`
 * (http(s) URL ending in a supported extension) and `dataUri` (a full `data:image/…;base64,` URI).
 */
export function checkImagePart(part: JsonObject): void {
  const hasUrl = part.imageUrl !== undefined && part.imageUrl !== null;
  const hasData = part.dataUri !== undefined && part.dataUri !== null;
  if (hasUrl === hasData) throw invalidParameter('imageUrl', 'dataUri');
  if (hasUrl) checkUrl(part.imageUrl);
  else checkDataUri(part.dataUri);
}
