import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';

it('embeds a small corpus with 2 workers under one budget, against the emulator, with no 429', () => {
  const main = fileURLToPath(new URL('../src/main.ts', import.meta.url));
  const run = spawnSync(
    process.execPath,
    [
      '--experimental-strip-types',
      '--no-warnings=ExperimentalWarning',
      main,
      '--workers',
      '2',
      '--texts',
      '150',
      '--time-scale',
      '60',
    ],
    {
      encoding: 'utf8',
      env: { ...process.env, CLOVA_STUDIO_API_KEY: '', REDIS_URL: '' },
      timeout: 50_000,
    },
  );
  expect(run.stderr).toBe('');
  expect(run.status).toBe(0);
  expect(run.stdout).toContain('done: 150/150 embedded, 0 failed in');
  expect(run.stdout).toContain(', 0 answered 429');
});
