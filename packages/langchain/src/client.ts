import { ClovaStudio, type ClovaStudioOptions } from '@clova-studio/apis';
import { getEnvironmentVariable } from '@langchain/core/utils/env';

/**
 * Client options every ChatClovaX / ClovaXEmbeddings / ClovaXRerank / ClovaXTextSplitter takes:
 * every `ClovaStudioOptions` field (API key, base URL, timeout, headers, fetch, …) except
 * `maxRetries`, which belongs to LangChain's caller, or a ready `client`.
 */
export interface ClovaXClientOptions extends Omit<ClovaStudioOptions, 'maxRetries'> {
  /** A client to use instead of building one (its own retries are turned off per request). */
  client?: ClovaStudio;
}

/** Keys of LangChain's own constructor fields, which are not client options. */
const LANGCHAIN_KEYS = new Set([
  'callbacks',
  'callbackManager',
  'verbose',
  'tags',
  'metadata',
  'cache',
  'maxConcurrency',
  'maxRetries',
  'onFailedAttempt',
  'disableStreaming',
  'outputVersion',
]);

/** The API key from the fields or the environment (`CLOVA_STUDIO_API_KEY`, then `CLOVASTUDIO_API_KEY`). */
export function resolveApiKey(apiKey: string | undefined): string | undefined {
  return (
    apiKey ??
    getEnvironmentVariable('CLOVA_STUDIO_API_KEY') ??
    getEnvironmentVariable('CLOVASTUDIO_API_KEY')
  );
}

/**
 * Builds the apis client an integration uses: `fields.client` as given, or a new `ClovaStudio`
 * with every remaining field passed through (minus `ownKeys` and LangChain's fields) and
 * `maxRetries: 0`, so that LangChain's `AsyncCaller` is the only layer that retries.
 *
 * @param fields - the integration's constructor fields.
 * @param ownKeys - the integration's own (non-client) field names.
 * @throws Error when no API key (nor legacy key pair, nor client) is found.
 */
export function createClovaClient(
  fields: Record<string, unknown> & ClovaXClientOptions,
  ownKeys: readonly string[],
): ClovaStudio {
  if (fields.client) return fields.client;
  const options: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(fields)) {
    if (!LANGCHAIN_KEYS.has(key) && !ownKeys.includes(key) && value !== undefined) {
      options[key] = value;
    }
  }
  const apiKey = resolveApiKey(fields.apiKey);
  if (apiKey === undefined && fields.legacyKeys === undefined) {
    throw new Error(
      'CLOVA Studio API key not found: pass `apiKey` or set CLOVA_STUDIO_API_KEY (or CLOVASTUDIO_API_KEY).',
    );
  }
  return new ClovaStudio({ ...options, ...(apiKey ? { apiKey } : {}), maxRetries: 0 });
}
