// Every ```ts block of every README: typechecked (strict, against the built packages, as a user
// imports them) and run with Node against a started emulator, with CLOVA_STUDIO_API_KEY and
// CLOVA_STUDIO_BASE_URL set as a user would export them.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type RunningEmulator, startEmulator } from '@clova-studio/emulator';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type BlockModule, buildBlockProject, hasTopLevelAwait } from '../src/block-project.ts';
import { extractBlocks, type ReadmeBlock } from '../src/extract-blocks.ts';
import { blockEnv, runBlock } from '../src/run-block.ts';
import { readmePaths, repoRoot, workspacePackages } from '../src/workspace.ts';

const blocksDir = join(import.meta.dirname, '..', '.blocks');
const blocks: ReadmeBlock[] = readmePaths().flatMap((readme) =>
  extractBlocks(readme, readFileSync(join(repoRoot, readme), 'utf8')),
);

let modules: BlockModule[] = [];
let emulator: RunningEmulator;

beforeAll(async () => {
  modules = buildBlockProject(blocksDir, blocks, workspacePackages());
  // Rate limits off so that the blocks' calls never meet the test-key table; tuning finishes at
  // once (a user gets there with `--time-scale`), so the tuning example runs to SUCCEEDED.
  emulator = await startEmulator({ rateLimits: false, tuning: { queueMs: 0, runMs: 0 } });
});
afterAll(async () => {
  await emulator?.close();
});

it('finds the README blocks', () => {
  expect(blocks.length).toBeGreaterThan(0);
});

for (const block of blocks) {
  const name = `${block.readme}:${block.line}`;
  if (block.skipReason !== undefined) {
    it.skip(`${name} (skipped: ${block.skipReason})`, () => {});
    continue;
  }
  describe(name, () => {
    // A block without top-level await must also work in a default (CommonJS) project.
    const kinds = hasTopLevelAwait(block.code)
      ? (['esm'] as const)
      : (['esm', 'commonjs'] as const);
    for (const kind of kinds) {
      const label = kind === 'esm' ? 'typechecks and runs as an ES module' : 'and as CommonJS';
      const run = async () => {
        const module = modules.find((m) => m.block === block && m.kind === kind);
        if (!module) throw new Error(`${name} was not written out as ${kind}`);
        if (module.errors.length > 0) {
          throw new Error(`type errors in ${name}:\n${module.errors.join('\n')}`);
        }
        const result = await runBlock(
          module.output,
          blocksDir,
          blockEnv({ CLOVA_STUDIO_API_KEY: emulator.apiKey, CLOVA_STUDIO_BASE_URL: emulator.url }),
        );
        expect(result.exitCode, `${name} exited with ${result.exitCode}:\n${result.stderr}`).toBe(
          0,
        );
      };
      it(label, run);
    }
  });
}

it('runs after the build of every workspace package (its devDependencies order the turbo task)', () => {
  const own = workspacePackages().find((p) => p.name === '@clova-studio/readme-tests');
  const deps = own?.manifest.devDependencies ?? {};
  const missing = workspacePackages()
    .filter((p) => p.manifest.scripts?.build !== undefined && deps[p.name] === undefined)
    .map((p) => `"${p.name}": "workspace:*"`);
  expect(missing, 'add these to tools/readme-tests/package.json devDependencies').toEqual([]);
});
