import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root (this file is `tools/readme-tests/src/workspace.ts`). */
export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');

/** Folders whose direct subfolders are workspace packages (as in pnpm-workspace.yaml). */
export const PACKAGE_FOLDERS = ['packages', 'apps', 'examples', 'tools'] as const;

/** A workspace package found on disk. */
export interface WorkspacePackage {
  /** Absolute folder. */
  dir: string;
  /** `name` from its package.json. */
  name: string;
  /** Its package.json. */
  manifest: PackageManifest;
}

/** The package.json fields the harness reads. */
export interface PackageManifest {
  name?: string;
  private?: boolean;
  scripts?: Record<string, string>;
  dependencies?: Record<string, string>;
  devDependencies?: Record<string, string>;
  [field: string]: unknown;
}

/** Every workspace package: `packages/*`, `apps/*`, `examples/*`, `tools/*` with a package.json. */
export function workspacePackages(root = repoRoot): WorkspacePackage[] {
  const found: WorkspacePackage[] = [];
  for (const folder of PACKAGE_FOLDERS) {
    const parent = join(root, folder);
    if (!existsSync(parent)) continue;
    for (const entry of readdirSync(parent, { withFileTypes: true })) {
      const manifestPath = join(parent, entry.name, 'package.json');
      if (!entry.isDirectory() || !existsSync(manifestPath)) continue;
      const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as PackageManifest;
      if (manifest.name)
        found.push({ dir: join(parent, entry.name), name: manifest.name, manifest });
    }
  }
  return found.sort((a, b) => a.dir.localeCompare(b.dir));
}

/**
 * Every README.md the tests cover, relative to the root: the root's and those of every folder
 * under `packages/`, `apps/`, `examples/` and `tools/` (whether or not it is a package yet).
 * The same globs are the `test` task's inputs in turbo.json.
 */
export function readmePaths(root = repoRoot): string[] {
  const paths = existsSync(join(root, 'README.md')) ? ['README.md'] : [];
  for (const folder of PACKAGE_FOLDERS) {
    const parent = join(root, folder);
    if (!existsSync(parent)) continue;
    for (const entry of readdirSync(parent, { withFileTypes: true }).sort((a, b) =>
      a.name.localeCompare(b.name),
    )) {
      if (entry.isDirectory() && existsSync(join(parent, entry.name, 'README.md'))) {
        paths.push(
          relative(root, join(parent, entry.name, 'README.md'))
            .split('\\')
            .join('/'),
        );
      }
    }
  }
  return paths;
}
