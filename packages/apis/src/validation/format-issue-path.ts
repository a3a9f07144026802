/**
 * Formats a zod issue path as a property access: `['messages', 0, 'content']` →
 * `messages[0].content`. An empty path (a rule about the whole request) becomes `(request)`.
 */
export function formatIssuePath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out === '' ? String(key) : `.${String(key)}`;
  }
  return out === '' ? '(request)' : out;
}
