/**
 * Client defects the campaign found and that are not fixed yet, by case name
 * (`<fault> · <route>`). Their cases run as `it.fails`: they pass while the defect is there and
 * fail once it is fixed, saying to delete the entry here. Each has a regression test in
 * defects.test.ts. The tallies count them as wrong.
 */
export const KNOWN_DEFECTS: Readonly<Record<string, string>> = {};

/** `it` or `it.fails`, and the test name, for the case `key`. */
export function caseTest<T extends { (...a: never[]): unknown; fails: unknown }>(
  it: T,
  key: string,
  name: string,
): [T, string] {
  const known = KNOWN_DEFECTS[key];
  return known ? [it.fails as T, `${name} [known defect ${known}]`] : [it, name];
}
