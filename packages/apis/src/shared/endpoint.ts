import {
  APIPromise,
  type HttpMethod,
  type JSONRequest,
  type ServerSentEvent,
  type Stream,
  type StreamRequest,
  Transport,
} from '@clova-studio/core';
import type * as z from 'zod/mini';
import { type ClovaRequestOptions, toTransportOptions } from '../validation/request-options.ts';
import { validateRequest } from '../validation/validate-request.ts';
import { parseResponse } from './parse-response.ts';
import { validatePathId } from './path-id.ts';

/** What an endpoint function is called on: a core `Transport`, or a client (`ClovaStudio`) with its `validation` default. */
export type EndpointTarget =
  | Transport
  | { readonly transport: Transport; readonly validation: boolean };

/** A request as an endpoint builds it (the caller's options are added when it is sent). */
type Built<R> = Omit<R, 'options'>;

/**
 * Builds a request with `build` (which validates the parameters, with the target's `validation`
 * default applied to `options`) and sends it with `send`; a throw from `build` (a
 * `RequestValidationError`) becomes a rejected `APIPromise` and nothing is sent.
 */
function call<R, T>(
  target: EndpointTarget,
  options: ClovaRequestOptions | undefined,
  build: (options: ClovaRequestOptions | undefined) => Built<R>,
  send: (transport: Transport, req: R) => APIPromise<T>,
): APIPromise<T> {
  const own = target instanceof Transport;
  const opts =
    own || options?.validate !== undefined || target.validation
      ? options
      : { ...options, validate: false };
  let req: Built<R>;
  try {
    req = build(opts);
  } catch (error) {
    return APIPromise.rejected(error);
  }
  return send(own ? target : target.transport, { ...req, options: toTransportOptions(opts) } as R);
}

/**
 * Sends the JSON request `build` returns and maps the result with `parse`, lazily (`asResponse()`
 * gives the unread response). For endpoints that {@link defineEndpoint} cannot declare.
 */
export function sendRequest<T>(
  target: EndpointTarget,
  options: ClovaRequestOptions | undefined,
  build: (options: ClovaRequestOptions | undefined) => Built<JSONRequest>,
  parse: (data: unknown) => T,
): APIPromise<T> {
  return call(target, options, build, (t, req: JSONRequest) => t.request(req).map(parse));
}

/** {@link sendRequest} for server-sent-event endpoints: `wrap` types the raw event stream. */
export function sendStreamRequest<T>(
  target: EndpointTarget,
  options: ClovaRequestOptions | undefined,
  build: (options: ClovaRequestOptions | undefined) => Built<StreamRequest>,
  wrap: (stream: Stream<ServerSentEvent>) => T,
): APIPromise<T> {
  return call(target, options, build, (t, req: StreamRequest) => t.stream(req).map(wrap));
}

/** Where an endpoint lives, as the API reference writes it: `'POST /v1/api-tools/tokenize/{model}'`. */
export type Route = `${HttpMethod} /${string}`;

/** What an endpoint may add to its route and schemas. */
export interface EndpointOptions {
  /**
   * The route used instead when the parameters have a `taskId` (a tuned task), e.g.
   * `'/v1/tasks/{taskId}/completions'`. The fields of both paths are left out of the body.
   */
  taskPath?: string;
  /** Values for parameters left out, e.g. a default model in the path. */
  defaults?: Readonly<Record<string, string | number>>;
  /** `false` for the OpenAI-compatible layer, which has no `{status,result}` envelope. */
  envelope?: boolean;
  /** Turns the remaining parameters into the body (default: sent as they are), e.g. multipart. */
  body?: (rest: Record<string, unknown>) => unknown;
}

/** A declared endpoint: its route, request and response schemas, and options. */
export interface EndpointSpec<P extends z.ZodMiniType = z.ZodMiniType> extends EndpointOptions {
  /** HTTP method: a `GET` sends the parameters in the query string, other methods in the JSON body. */
  method: HttpMethod;
  /** Path template: each `{name}` is filled, URL-encoded, with that parameter (or path id), which then leaves the body. */
  path: string;
  /** Request schema (validated before sending unless `validate: false`). */
  params: P;
}

const PATH_FIELD = /\{(\w+)\}/g;

/** The {@link EndpointSpec} of a route. */
export function endpointSpec<P extends z.ZodMiniType>(
  route: Route,
  params: P,
  options: EndpointOptions = {},
): EndpointSpec<P> {
  const space = route.indexOf(' ');
  return {
    ...options,
    method: route.slice(0, space) as HttpMethod,
    path: route.slice(space + 1),
    params,
  };
}

/** The request `spec` makes of `params`: validated, path filled, the rest as body or query. */
export function endpointRequest(
  spec: EndpointSpec,
  params: unknown,
  options: ClovaRequestOptions | undefined,
  ids?: Readonly<Record<string, string>>,
): Built<JSONRequest> {
  const input = params === undefined && spec.method === 'GET' ? {} : params;
  const values = { ...(validateRequest(spec.params, input, options) as object) } as Record<
    string,
    unknown
  >;
  for (const k in spec.defaults) values[k] ??= spec.defaults[k];
  const task = spec.taskPath !== undefined && values.taskId !== undefined;
  const template = task ? spec.taskPath! : spec.path;
  const path = template.replace(PATH_FIELD, (_, name: string) => {
    const value = ids?.[name] ?? values[name] ?? '';
    delete values[name];
    return encodeURIComponent(String(value));
  });
  for (const [, name] of (task ? spec.path : (spec.taskPath ?? '')).matchAll(PATH_FIELD)) {
    delete values[name!];
  }
  if (spec.method === 'GET') return { method: 'GET', path, query: values as JSONRequest['query'] };
  const body = spec.body ? spec.body(values) : values;
  return { method: spec.method, path, body, envelope: spec.envelope };
}

/** A declared endpoint: `(target, params, options?)` → the parsed response (`params` optional when every field is). */
export type Endpoint<Params, Result> = (
  target: EndpointTarget,
  // biome-ignore lint/complexity/noBannedTypes: `{}` tests whether every parameter is optional
  ...args: {} extends Params
    ? [params?: Params, options?: ClovaRequestOptions]
    : [params: Params, options?: ClovaRequestOptions]
) => APIPromise<Result>;

type Send<T> = (
  target: EndpointTarget,
  params: unknown,
  options?: ClovaRequestOptions,
  ids?: (options: ClovaRequestOptions | undefined) => Record<string, string>,
) => APIPromise<T>;

/** Sends the request `spec` makes (path ids from `ids`) and finishes the result with `finish`. */
function sender<T>(
  spec: EndpointSpec,
  // biome-ignore lint/suspicious/noExplicitAny: parsed JSON or a raw event stream, per `stream`
  finish: (result: any) => T,
  stream: { endEvents: readonly string[] } | undefined,
): Send<T> {
  return (target, params, options, ids) => {
    const build = (o: ClovaRequestOptions | undefined) =>
      endpointRequest(spec, params, o, ids?.(o));
    if (!stream) return sendRequest(target, options, build, finish);
    const streamed = (o: ClovaRequestOptions | undefined) => ({
      ...build(o),
      method: 'POST' as const,
      endEvents: stream.endEvents,
    });
    return sendStreamRequest(target, options, streamed, finish);
  };
}

/**
 * Declares a JSON endpoint: validates the parameters, fills the path, sends, and parses the
 * result leniently with the response schema.
 *
 * @example
 * ```ts
 * export const tokenize = defineEndpoint(
 *   'POST /v1/api-tools/tokenize/{model}',
 *   tokenizeParamsSchema,
 *   numTokensResponseSchema,
 * );
 * ```
 */
export function defineEndpoint<P extends z.ZodMiniType, R extends z.ZodMiniType>(
  route: Route,
  params: P,
  response: R,
  options?: EndpointOptions,
): Endpoint<z.input<P>, z.output<R>> {
  const parse = (data: unknown) => parseResponse(response, data);
  return sender(endpointSpec(route, params, options), parse, undefined) as Endpoint<
    z.input<P>,
    z.output<R>
  >;
}

/**
 * Declares a server-sent-event endpoint (`Accept: text/event-stream`): like
 * {@link defineEndpoint}, but resolves once the headers arrive with `wrap(stream)`, the typed
 * stream of the events (ending on one of `endEvents`, default `['result']`).
 */
export function defineStreamEndpoint<P extends z.ZodMiniType, T>(
  route: Route,
  params: P,
  wrap: (stream: Stream<ServerSentEvent>) => T,
  options: EndpointOptions & { endEvents?: readonly string[] } = {},
): Endpoint<z.input<P>, T> {
  const stream = { endEvents: options.endEvents ?? ['result'] };
  return sender(endpointSpec(route, params, options), wrap, stream) as Endpoint<z.input<P>, T>;
}

/** A declared endpoint whose path takes an id before the parameters: `(target, id, params, options?)`. */
export type IdEndpoint<Params, Result> = (
  target: EndpointTarget,
  id: string,
  params: Params,
  options?: ClovaRequestOptions,
) => APIPromise<Result>;

/** {@link defineEndpoint} for a path with an id argument named `idName` (`'POST /v1/routers/{routerId}/…'`). */
export function defineIdEndpoint<P extends z.ZodMiniType, R extends z.ZodMiniType>(
  idName: string,
  ...[route, params, response, options]: Parameters<typeof defineEndpoint<P, R>>
): IdEndpoint<z.input<P>, z.output<R>> {
  const parse = (data: unknown) => parseResponse(response, data);
  const send = sender(endpointSpec(route, params, options), parse, undefined);
  return (target, id, input, opts) =>
    send(target, input, opts, (o) => ({ [idName]: validatePathId(idName, id, o) }));
}
