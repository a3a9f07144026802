import { APIPromise } from '@clova-studio/core';

/**
 * Derives an {@link APIPromise} whose data is `map(data)`, keeping `withResponse()` (response headers and request
 * id) available to callers. The derived `asResponse()` gives the response after its body has been read.
 */
export function mapAPIPromise<T, U>(promise: APIPromise<T>, map: (data: T) => U): APIPromise<U> {
  const settled = promise.withResponse();
  const raw = settled.then(({ response, requestId }) => ({ response, requestId }));
  // a call nobody awaits must not become an unhandled rejection; awaiting callers still see the error
  raw.catch(() => undefined);
  return new APIPromise(raw, async () => map((await settled).data));
}
