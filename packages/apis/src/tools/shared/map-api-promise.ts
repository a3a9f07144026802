import { APIPromise } from '@clova-studio/core';

/**
 * Derives an {@link APIPromise} whose data is `map(data)`, keeping `withResponse()` (response headers and request
 * id) available to callers. The derived `asResponse()` gives the response after its body has been read.
 */
export function mapAPIPromise<T, U>(promise: APIPromise<T>, map: (data: T) => U): APIPromise<U> {
  const settled = promise.withResponse();
  return new APIPromise(
    settled.then(({ response, requestId }) => ({ response, requestId })),
    async () => map((await settled).data),
  );
}
