import type {
  APIPromise,
  JSONRequest,
  ServerSentEvent,
  Stream,
  StreamRequest,
  Transport,
} from '@clova-studio/core';
import { type ClovaRequestOptions, toTransportOptions } from '../validation/request-options';
import { callAPI, mapAPIPromise } from './api-promise-utils';

/**
 * The shape shared by every JSON endpoint: `build` validates the parameters and returns the
 * request (method, path, body), the transport sends it with the caller's options, `parse` turns
 * the result into the documented type. A throw from `build` (a `RequestValidationError`) becomes
 * a rejected `APIPromise` and nothing is sent.
 */
export function sendRequest<T>(
  transport: Transport,
  options: ClovaRequestOptions | undefined,
  build: () => Omit<JSONRequest, 'options'>,
  parse: (data: unknown) => T,
): APIPromise<T> {
  return callAPI(() =>
    mapAPIPromise(transport.request({ ...build(), options: toTransportOptions(options) }), parse),
  );
}

/** {@link sendRequest} for server-sent-event endpoints: `wrap` types the raw event stream. */
export function sendStreamRequest<T>(
  transport: Transport,
  options: ClovaRequestOptions | undefined,
  build: () => Omit<StreamRequest, 'options'>,
  wrap: (stream: Stream<ServerSentEvent>) => T,
): APIPromise<T> {
  return callAPI(() =>
    mapAPIPromise(transport.stream({ ...build(), options: toTransportOptions(options) }), wrap),
  );
}
