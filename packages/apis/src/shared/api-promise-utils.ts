import { APIPromise } from '@clova-studio/core';

/** An `APIPromise` of `fn(data)`, keeping `withResponse()` and `asResponse()` (body already read). */
export function mapAPIPromise<T, U>(promise: APIPromise<T>, fn: (data: T) => U): APIPromise<U> {
  const settled = promise.withResponse();
  const raw = settled.then(({ response, requestId }) => ({ response, requestId }));
  // a call nobody awaits must not become an unhandled rejection; awaiting callers still see the error
  raw.catch(() => {});
  return new APIPromise<U>(raw, () => settled.then(({ data }) => fn(data)));
}

/**
 * Runs `fn` and returns its `APIPromise`; a synchronous throw (e.g. a `RequestValidationError`)
 * becomes a rejected `APIPromise`, so `.catch()` and `await` both see it and nothing is sent.
 */
export function callAPI<T>(fn: () => APIPromise<T>): APIPromise<T> {
  try {
    return fn();
  } catch (error) {
    const rejected = Promise.reject(error);
    rejected.catch(() => {});
    return new APIPromise<T>(rejected, () => rejected);
  }
}
