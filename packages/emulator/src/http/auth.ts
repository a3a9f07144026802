import type { MiddlewareHandler } from 'hono';
import type { EmulatorEnv } from '../context.ts';
import { SecretSet } from './api-key.ts';
import { isOpenAiPath } from './error-envelope.ts';
import { fail } from './fail.ts';
import { readHeader } from './header.ts';

/** `Bearer Bearer …`: the service answers it `401 40102 Invalid Authentication Type` [3P-LIVE]. */
const DOUBLED_BEARER = /^Bearer\s+Bearer\s/i;
/** A well-formed `Authorization` value: `Bearer ` and one token of visible ASCII. */
const BEARER = /^Bearer ([\x21-\x7e]+)$/;

/** Accepted credentials. */
export interface Credentials {
  /** Bearer keys. */
  apiKeys: readonly string[];
  /** Legacy `X-NCP-CLOVASTUDIO-API-KEY` + `X-NCP-APIGW-API-KEY` pairs. */
  legacyKeys: readonly { clovaStudioApiKey: string; apigwApiKey: string }[];
}

/**
 * Authenticates every request: missing or malformed credentials give `401 40100` (a doubled
 * `Bearer Bearer` `401 40102`), a well-formed but unknown key `401 40104`. Legacy key pairs are accepted on native routes when configured.
 * Keys are compared in constant time and never logged.
 */
export function authMiddleware(credentials: Credentials): MiddlewareHandler<EmulatorEnv> {
  const bearer = new SecretSet(credentials.apiKeys);
  const legacy = new SecretSet(
    credentials.legacyKeys.map((k) => `${k.clovaStudioApiKey}\u0000${k.apigwApiKey}`),
  );
  return async (c, next) => {
    const authorization = readHeader(c, 'authorization');
    const studioKey = readHeader(c, 'x-ncp-clovastudio-api-key');
    const gatewayKey = readHeader(c, 'x-ncp-apigw-api-key');
    if (authorization !== undefined) {
      const match = authorization.match(BEARER);
      if (!match?.[1]) throw fail(DOUBLED_BEARER.test(authorization) ? '40102' : '40100');
      if (!bearer.has(match[1])) throw fail('40104');
      c.set('apiKey', match[1]);
    } else if (studioKey !== undefined || gatewayKey !== undefined) {
      if (!studioKey || !gatewayKey || isOpenAiPath(c.req.path)) throw fail('40100');
      const pair = `${studioKey}\u0000${gatewayKey}`;
      if (!legacy.has(pair)) throw fail('40104');
      c.set('apiKey', pair);
    } else {
      throw fail('40100');
    }
    await next();
  };
}
