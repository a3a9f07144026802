import { existsSync, mkdirSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import ts from 'typescript';
import type { ReadmeBlock } from './extract-blocks.ts';
import { repoRoot, type WorkspacePackage } from './workspace.ts';

/** How a block is compiled and run: as an ES module (always) or as CommonJS too. */
export type ModuleKind = 'esm' | 'commonjs';

/** One block written out as a module of the project. */
export interface BlockModule {
  block: ReadmeBlock;
  kind: ModuleKind;
  /** The `.mts` / `.cts` source. */
  source: string;
  /** The emitted `.mjs` / `.cjs` file that is run. */
  output: string;
  /** Type errors, each as `README.md:line:column TSnnnn message`. */
  errors: string[];
}

/**
 * The compiler options of a user's strict Node project (`"type": "module"` or CommonJS, both
 * decided by the file extension under `nodenext`).
 */
function compilerOptions(dir: string): ts.CompilerOptions {
  return {
    strict: true,
    noUncheckedIndexedAccess: true,
    target: ts.ScriptTarget.ES2023,
    lib: ['lib.es2023.d.ts'],
    module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext,
    types: ['node'],
    typeRoots: [join(dir, 'node_modules', '@types')],
    skipLibCheck: true,
    esModuleInterop: true,
    noEmitOnError: false,
  };
}

/**
 * A `node_modules` folder for the blocks, as a user's app would have it: every workspace package
 * under its name, plus every package that the root or a README's folder can import (so a README
 * may import its own package's peers, e.g. `openai` or `ai`). Built by discovery: a new package is
 * picked up without a list.
 */
function linkNodeModules(dir: string, packages: WorkspacePackage[], readmeDirs: string[]): void {
  const target = join(dir, 'node_modules');
  const link = (name: string, to: string) => {
    const at = join(target, name);
    if (existsSync(at)) return;
    mkdirSync(dirname(at), { recursive: true });
    symlinkSync(to, at, 'dir');
  };
  for (const pkg of packages) link(pkg.name, pkg.dir);
  for (const from of [repoRoot, ...readmeDirs]) {
    const modules = join(from, 'node_modules');
    if (!existsSync(modules)) continue;
    for (const entry of readdirSync(modules)) {
      if (entry.startsWith('.')) continue;
      if (!entry.startsWith('@')) {
        link(entry, join(modules, entry));
        continue;
      }
      for (const scoped of readdirSync(join(modules, entry))) {
        link(`${entry}/${scoped}`, join(modules, entry, scoped));
      }
    }
  }
}

/** Whether `code` awaits at the top level (so it cannot be a CommonJS module). */
export function hasTopLevelAwait(code: string): boolean {
  const file = ts.createSourceFile('block.mts', code, ts.ScriptTarget.ES2023, true);
  const visit = (node: ts.Node): boolean => {
    if (ts.isFunctionLike(node) || ts.isClassLike(node)) return false;
    if (ts.isAwaitExpression(node)) return true;
    if (ts.isForOfStatement(node) && node.awaitModifier) return true;
    return ts.forEachChild(node, visit) ?? false;
  };
  return ts.forEachChild(file, visit) ?? false;
}

function moduleName(block: ReadmeBlock): string {
  return `${block.readme.replace(/[^A-Za-z0-9]+/g, '_')}_L${block.line}`;
}

/**
 * Writes every block that is not skipped to its own module in `dir` (an ES module each, and a
 * CommonJS module too for blocks without top-level await), typechecks them in one `tsc` program
 * against the built packages, and emits the JavaScript to run.
 */
export function buildBlockProject(
  dir: string,
  blocks: ReadmeBlock[],
  packages: WorkspacePackage[],
): BlockModule[] {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const readmeDirs = [...new Set(blocks.map((b) => dirname(join(repoRoot, b.readme))))];
  linkNodeModules(dir, packages, readmeDirs);

  const modules: BlockModule[] = [];
  for (const block of blocks) {
    if (block.skipReason !== undefined) continue;
    const kinds: ModuleKind[] = hasTopLevelAwait(block.code) ? ['esm'] : ['esm', 'commonjs'];
    for (const kind of kinds) {
      const base = join(dir, `${moduleName(block)}_${kind}`);
      const [src, out] = kind === 'esm' ? ['.mts', '.mjs'] : ['.cts', '.cjs'];
      writeFileSync(base + src, `${block.code}\n`);
      modules.push({ block, kind, source: base + src, output: base + out, errors: [] });
    }
  }

  const program = ts.createProgram(
    modules.map((m) => m.source),
    compilerOptions(dir),
  );
  const bySource = new Map(modules.map((m) => [m.source, m]));
  for (const diagnostic of [...ts.getPreEmitDiagnostics(program), ...program.emit().diagnostics]) {
    const owner = diagnostic.file ? bySource.get(diagnostic.file.fileName) : undefined;
    const message = ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n');
    if (!owner || !diagnostic.file || diagnostic.start === undefined) {
      for (const m of modules) m.errors.push(`TS${diagnostic.code} ${message}`);
      continue;
    }
    const { line, character } = diagnostic.file.getLineAndCharacterOfPosition(diagnostic.start);
    owner.errors.push(
      `${owner.block.readme}:${owner.block.line + line}:${character + 1} TS${diagnostic.code} ${message}`,
    );
  }
  return modules;
}
