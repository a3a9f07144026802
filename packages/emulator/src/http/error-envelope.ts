import type { ClovaError } from './clova-error.ts';

/** Whether `path` (already normalised) belongs to the OpenAI-compatible layer. */
export function isOpenAiPath(path: string): boolean {
  return path === '/v1/openai' || path.startsWith('/v1/openai/');
}

/** The JSON body of an error: `{status:{code,message}}` natively, `{error:{…}}` on the OpenAI layer. */
export function errorBody(error: Pick<ClovaError, 'code' | 'message'>, openAi: boolean): object {
  return openAi
    ? { error: { message: error.message, type: null, param: null, code: error.code } }
    : { status: { code: error.code, message: error.message } };
}

/** A complete error `Response` for `error`, in the envelope that `path` calls for. */
export function errorResponse(error: ClovaError, path: string): Response {
  const headers: Record<string, string> = { 'content-type': 'application/json', ...error.headers };
  return new Response(JSON.stringify(errorBody(error, isOpenAiPath(path))), {
    status: error.status,
    headers,
  });
}
