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
import type { ClovaRequestOptions } from '../validation/request-options';
import { validateRequest } from '../validation/validate-request';
import { parseResponse } from './parse-response';
import { validatePathId } from './path-id';

/** What an endpoint function is called on: a core `Transport`, or a client (`ClovaStudio`) with its `validation` default. */
export type EndpointTarget =
  | Transport
  | { readonly transport: Transport; readonly validation: boolean };

/** The caller's options with the target's `validation` default applied. */
export function withValidation(
  target: EndpointTarget,
  options: ClovaRequestOptions | undefined,
): ClovaRequestOptions | undefined {
  if (target instanceof Transport || options?.validate !== undefined || target.validation) {
    return options;
  }
  return { ...options, validate: false };
}

const transportOf = (target: EndpointTarget) =>
  target instanceof Transport ? target : target.transport;

/** The caller's options as the transport takes them: `validate` is apis' own. */
function transportOptions(options: ClovaRequestOptions | undefined) {
  if (!options) return undefined;
  const { validate: _validate, ...rest } = options;
  return rest;
}

/**
 * Sends the JSON request `build` returns (it validates the parameters) and maps the result with
 * `parse`, lazily: `asResponse()` gives the unread response. A throw from `build` (a
 * `RequestValidationError`) becomes a rejected `APIPromise` and nothing is sent.
 */
export function sendRequest<T>(
  target: EndpointTarget,
  options: ClovaRequestOptions | undefined,
  build: (options: ClovaRequestOptions | undefined) => Omit<JSONRequest, 'options'>,
  parse: (data: unknown) => T,
): APIPromise<T> {
  const opts = withValidation(target, options);
  let req: Omit<JSONRequest, 'options'>;
  try {
    req = build(opts);
  } catch (error) {
    return APIPromise.rejected(error);
  }
  return transportOf(target)
    .request({ ...req, options: transportOptions(opts) })
    .map(parse);
}

/** {@link sendRequest} for server-sent-event endpoints: `wrap` types the raw event stream. */
export function sendStreamRequest<T>(
  target: EndpointTarget,
  options: ClovaRequestOptions | undefined,
  build: (options: ClovaRequestOptions | undefined) => Omit<StreamRequest, 'options'>,
  wrap: (stream: Stream<ServerSentEvent>) => T,
): APIPromise<T> {
  const opts = withValidation(target, options);
  let req: Omit<StreamRequest, 'options'>;
  try {
    req = build(opts);
  } catch (error) {
    return APIPromise.rejected(error);
  }
  return transportOf(target)
    .stream({ ...req, options: transportOptions(opts) })
    .map(wrap);
}

/** The declaration of a JSON endpoint, for {@link defineEndpoint}. */
export interface EndpointSpec<P extends z.ZodMiniType, R extends z.ZodMiniType> {
  /** HTTP method. A `GET` sends the parameters in the query string, other methods in the JSON body. */
  method: HttpMethod;
  /**
   * Path template: each `{name}` is filled, URL-encoded, with the parameter of that name (or the
   * path id, see {@link defineIdEndpoint}), which is then left out of the body or query.
   */
  path: string;
  /**
   * The path used instead when the parameters have a `taskId` (a tuned task), e.g.
   * `'/v1/tasks/{taskId}/completions'`. The fields of both templates are left out of the body.
   */
  taskPath?: string;
  /** Request schema (validated before sending unless `validate: false`). */
  params: P;
  /** Response schema (`result` of the envelope, or the whole body with `envelope: false`). */
  response: R;
  /** Values for parameters left out, e.g. a default model in the path. */
  defaults?: Readonly<Record<string, string | number>>;
  /** `false` for the OpenAI-compatible layer, which has no `{status,result}` envelope. */
  envelope?: boolean;
  /** Turns the remaining parameters into the body (default: sent as they are), e.g. multipart. */
  body?: (rest: Record<string, unknown>) => unknown;
}

const PATH_FIELD = /\{(\w+)\}/g;

/** The request an {@link EndpointSpec} makes of `params`. */
export function endpointRequest<P extends z.ZodMiniType, R extends z.ZodMiniType>(
  spec: EndpointSpec<P, R>,
  params: unknown,
  options: ClovaRequestOptions | undefined,
  ids?: Readonly<Record<string, string>>,
): Omit<JSONRequest, 'options'> {
  const input = params === undefined && spec.method === 'GET' ? {} : params;
  const values = { ...(validateRequest(spec.params, input, options) as object) } as Record<
    string,
    unknown
  >;
  for (const k in spec.defaults) values[k] ??= spec.defaults[k];
  const task = spec.taskPath !== undefined && values.taskId !== undefined;
  const template = task ? spec.taskPath! : spec.path;
  const other = task ? spec.path : (spec.taskPath ?? '');
  const path = template.replace(PATH_FIELD, (_, name: string) => {
    const value = ids?.[name] ?? values[name] ?? '';
    delete values[name];
    return encodeURIComponent(String(value));
  });
  for (const [, name] of other.matchAll(PATH_FIELD)) delete values[name!];
  if (spec.method === 'GET') return { method: 'GET', path, query: values as JSONRequest['query'] };
  return {
    method: spec.method,
    path,
    body: spec.body ? spec.body(values) : values,
    envelope: spec.envelope,
  };
}

/** A declared endpoint: `(target, params, options?)` → the parsed response (`params` optional when every field is). */
export type Endpoint<P extends z.ZodMiniType, R extends z.ZodMiniType> =
  // biome-ignore lint/complexity/noBannedTypes: `{}` tests whether every parameter is optional
  {} extends z.input<P>
    ? (
        target: EndpointTarget,
        params?: z.input<P>,
        options?: ClovaRequestOptions,
      ) => APIPromise<z.output<R>>
    : (
        target: EndpointTarget,
        params: z.input<P>,
        options?: ClovaRequestOptions,
      ) => APIPromise<z.output<R>>;

/**
 * Declares a JSON endpoint: validates the parameters, fills the path, sends, parses the result
 * leniently with the response schema.
 *
 * @example
 * ```ts
 * export const tokenize = defineEndpoint({
 *   method: 'POST',
 *   path: '/v1/api-tools/tokenize/{model}',
 *   params: tokenizeParamsSchema,
 *   response: numTokensResponseSchema,
 * });
 * ```
 */
export function defineEndpoint<P extends z.ZodMiniType, R extends z.ZodMiniType>(
  spec: EndpointSpec<P, R>,
): Endpoint<P, R> {
  const call = (target: EndpointTarget, params: unknown, options?: ClovaRequestOptions) =>
    sendRequest(
      target,
      options,
      (opts) => endpointRequest(spec, params, opts),
      (data) => parseResponse(spec.response, data),
    );
  return call as Endpoint<P, R>;
}

/** A declared endpoint whose path takes an id before the parameters: `(target, id, params, options?)`. */
export type IdEndpoint<P extends z.ZodMiniType, R extends z.ZodMiniType> = (
  target: EndpointTarget,
  id: string,
  params: z.input<P>,
  options?: ClovaRequestOptions,
) => APIPromise<z.output<R>>;

/** {@link defineEndpoint} for a path with an id argument named `idName` (`'/v1/routers/{routerId}/…'`). */
export function defineIdEndpoint<P extends z.ZodMiniType, R extends z.ZodMiniType>(
  idName: string,
  spec: EndpointSpec<P, R>,
): IdEndpoint<P, R> {
  return (target, id, params, options) =>
    sendRequest(
      target,
      options,
      (opts) => endpointRequest(spec, params, opts, { [idName]: validatePathId(idName, id, opts) }),
      (data) => parseResponse(spec.response, data),
    );
}
