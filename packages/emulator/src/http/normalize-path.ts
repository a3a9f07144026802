/**
 * The path the emulator routes on: without a legacy `/testapp` or `/serviceapp` prefix and
 * without a trailing slash (`/testapp/v3/chat-completions/HCX-005/` → `/v3/chat-completions/HCX-005`).
 */
export function normalizePath(pathname: string): string {
  // A literal `*` would read as a wildcard to Hono's router (the middleware chain then runs
  // twice for the path `/*`); no CLOVA path has one, so it is escaped.
  if (pathname.includes('*')) pathname = pathname.replaceAll('*', '%2A');
  if (!/\/\/|\/$|^\/(?:testapp|serviceapp)(?:\/|$)/.test(pathname))
    return pathname === '' ? '/' : pathname;
  let path = pathname.replace(/\/{2,}/g, '/');
  path = path.replace(/^\/(?:testapp|serviceapp)(?=\/|$)/, '');
  if (path.length > 1 && path.endsWith('/')) path = path.replace(/\/+$/, '');
  return path === '' ? '/' : path;
}

/** {@link normalizePath} of a request URL, for Hono's `getPath` option. */
export function getNormalizedPath(request: Request): string {
  const url = request.url;
  const start = url.indexOf('/', url.indexOf('://') + 3);
  if (start < 0) return '/';
  const query = url.indexOf('?', start);
  const raw = query < 0 ? url.slice(start) : url.slice(start, query);
  if (!raw.includes('%')) return normalizePath(raw);
  let decoded = raw;
  try {
    decoded = decodeURI(raw);
  } catch {
    // keep the raw path when it is not valid percent-encoding
  }
  return normalizePath(decoded);
}
