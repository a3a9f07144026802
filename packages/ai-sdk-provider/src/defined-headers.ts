/** Call headers without the `undefined` entries the AI SDK allows (the client takes strings). */
export function definedHeaders(
  headers: Record<string, string | undefined> | undefined,
): Record<string, string> {
  const defined: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers ?? {})) {
    if (value !== undefined) defined[name] = value;
  }
  return defined;
}
