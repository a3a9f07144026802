// Every publishable package under packages/ (found on disk, so packages added later are checked
// too) carries the metadata npm shows, a LICENSE it ships, and a README whose links work on npm.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
const REPO = 'https://github.com/clova-studio-sdk/clova-studio-sdk';

interface Manifest {
  name: string;
  private?: boolean;
  [field: string]: unknown;
}

const packages = readdirSync(join(root, 'packages'))
  .filter((dir) => existsSync(join(root, 'packages', dir, 'package.json')))
  .map((dir) => ({
    dir,
    manifest: JSON.parse(
      readFileSync(join(root, 'packages', dir, 'package.json'), 'utf8'),
    ) as Manifest,
  }))
  .filter(({ manifest }) => manifest.private !== true);

/** Links and images in markdown (`[text](target)`, `![alt](target)`, `[ref]: target`). */
export function markdownLinks(markdown: string): string[] {
  const withoutCode = markdown.replace(/```[\s\S]*?```/g, '').replace(/`[^`\n]*`/g, '');
  const inline = [...withoutCode.matchAll(/\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g)];
  const references = [...withoutCode.matchAll(/^\s*\[[^\]]+\]:\s*(\S+)/gm)];
  return [...inline, ...references].map((m) => m[1] ?? '');
}

/** A link that works wherever the README is shown: absolute, an in-page anchor, or mail. */
function worksOnNpm(link: string): boolean {
  return /^(https?:|mailto:|#)/.test(link);
}

it('finds the publishable packages', () => {
  expect(packages.map((p) => p.manifest.name)).toContain('@clova-studio/core');
});

describe.each(packages)('packages/$dir', ({ dir, manifest }) => {
  it('has the metadata npm shows (CONTRACTS §5)', () => {
    expect(manifest.repository).toEqual({
      type: 'git',
      url: `git+${REPO}.git`,
      directory: `packages/${dir}`,
    });
    expect(manifest.homepage).toBe(`${REPO}/tree/main/packages/${dir}#readme`);
    expect(manifest.bugs).toBe(`${REPO}/issues`);
    expect(manifest.author).toBe('CLOVA Studio SDK contributors');
    expect(manifest.license).toBe('MIT');
    expect(manifest.engines).toEqual({ node: '>=22.12' });
    expect(manifest.sideEffects).toBe(false);
    expect(Array.isArray(manifest.keywords) && manifest.keywords.length > 0, 'keywords').toBe(true);
    expect(typeof manifest.description === 'string' && manifest.description !== '').toBe(true);
  });

  it('ships an MIT LICENSE file', () => {
    const license = join(root, 'packages', dir, 'LICENSE');
    expect(existsSync(license), `packages/${dir}/LICENSE`).toBe(true);
    expect(readFileSync(license, 'utf8')).toMatch(/^MIT License/);
    expect(manifest.files, '"files" lists LICENSE').toContain('LICENSE');
  });

  it('has a README whose links work on npm (absolute, no ../ or src/…)', () => {
    const readme = readFileSync(join(root, 'packages', dir, 'README.md'), 'utf8');
    expect(markdownLinks(readme).filter((link) => !worksOnNpm(link))).toEqual([]);
  });

  it('keeps repository-only instructions out of its README', () => {
    const readme = readFileSync(join(root, 'packages', dir, 'README.md'), 'utf8');
    const prose = readme.replace(/```[\s\S]*?```/g, '');
    expect(prose).not.toMatch(/^#+\s*Benchmarks/m);
    expect(prose).not.toMatch(/pnpm@[\d.]+|pnpm (--filter|run|exec|bench)|turbo run/);
  });
});

describe('markdownLinks', () => {
  it('finds inline links, images and references, outside code', () => {
    const md = '[a](../apis) ![i](src/x.png) `[c](no)`\n```\n[d](no)\n```\n[ref]: docs/y.md\n';
    expect(markdownLinks(md)).toEqual(['../apis', 'src/x.png', 'docs/y.md']);
  });
});
