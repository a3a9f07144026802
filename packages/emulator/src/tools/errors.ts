import { ClovaError } from '../http/clova-error.js';

/**
 * The documented errors the tool endpoints answer with (HTTP status, CLOVA code, message).
 * Messages are the documented texts (see docs/tools.md for which rule maps to which code).
 */
export const toolErrors = {
  /** 400/40000: the body is not a JSON object. */
  badRequest: () => new ClovaError(400, '40000', 'Bad request'),
  /**
   * 400/40001: a field is missing, of the wrong type or out of range. The message names the
   * fields, `Invalid parameter: a, b` (the form seen live for conflicting fields), or is plain
   * `Invalid parameter` when none is given.
   */
  invalidParameter: (...fields: string[]) =>
    new ClovaError(
      400,
      '40001',
      fields.length > 0 ? `Invalid parameter: ${fields.join(', ')}` : 'Invalid parameter',
    ),
  /** 400/40003: the input is over the documented token or character limit. */
  contextLengthExceeded: () => new ClovaError(400, '40003', 'Context length exceeded'),
  /** 400/40004: the text to process is empty. */
  textEmpty: () => new ClovaError(400, '40004', 'Text empty'),
  /** 400/40009: an unsupported feature (e.g. a tuningType other than PEFT). */
  unsupportedFunction: () => new ClovaError(400, '40009', 'Unsupported function'),
  /** 400/40080: an unknown model name. */
  modelNotFound: () => new ClovaError(400, '40080', 'Model not found'),
  /** 400/40084: the model exists but not for this API (e.g. tuning HCX-007). */
  unsupportedApiForModel: () => new ClovaError(400, '40084', 'Unsupported API for model'),
  /** 404/40400: an unknown resource (task, router, skillset, version, embedding model). */
  notFound: () => new ClovaError(404, '40400', 'Not found'),
  /** 415/41500: a Content-Type the endpoint does not take. */
  mediaType: () => new ClovaError(415, '41500', 'MediaType error'),
  /** 415/41501: multipart/form-data without a boundary. */
  noMultipartBoundary: () => new ClovaError(415, '41501', 'No multipart boundary Content-Type'),
  /** 400/61002: the skillset query is missing. */
  missingInputValue: () => new ClovaError(400, '61002', 'Missing input value'),
  /** 400/64400: the skillset input is over its token limit. */
  skillsetTokenLimit: () =>
    new ClovaError(
      400,
      '64400',
      'Token limit exceeded. Please check the token count of your input.',
    ),
  /** 400/65001: the router's labels cannot be built (blank or duplicate names). */
  invalidLabels: () => new ClovaError(400, '65001', 'Invalid labels detected'),
  /** 400/65400: the router input is over its token limit. */
  routerTokenLimit: () =>
    new ClovaError(
      400,
      '65400',
      'Token limit exceeded. Please check the token count of your input.',
    ),
} as const;
