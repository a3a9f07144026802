/** Name of the header that carries the request id, on every attempt of a logical request. */
export const REQUEST_ID_HEADER = 'X-NCP-CLOVASTUDIO-REQUEST-ID';

/** A fresh request id: a random UUID (v4). */
export function newRequestId(): string {
  const c = globalThis.crypto;
  // `randomUUID` is missing in insecure browser contexts: build a v4 UUID from random bytes there.
  return (
    c.randomUUID?.() ??
    '10000000-1000-4000-8000-100000000000'.replace(/[018]/g, (d) =>
      (+d ^ (c.getRandomValues(new Uint8Array(1))[0]! & (15 >> (+d / 4)))).toString(16),
    )
  );
}
