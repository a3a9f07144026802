import { expect, test } from 'vitest';

// `test` runs on the root's pinned Node 22; `test:node24` sets EXPECTED_NODE_MAJOR=24 and runs on
// tools/node24's binary. This proves the second run is really on Node 24, installed, not fetched.
test('runs on the Node.js the task names, at or above the engines floor (22.12)', () => {
  const [major, minor] = process.versions.node.split('.').map(Number) as [number, number];
  expect(major > 22 || (major === 22 && minor >= 12)).toBe(true);
  if (process.env.EXPECTED_NODE_MAJOR) expect(String(major)).toBe(process.env.EXPECTED_NODE_MAJOR);
});
