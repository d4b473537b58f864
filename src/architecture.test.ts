import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * The code layout's rules (README, “Folder layout”), checked on every file the repository holds: no module imports
 * from a layer above its own (core ← content ← features ← views ← pages), src/ never imports tools/ or tests/, the
 * tools never import the tests' support code, and no file runs past 300 lines without saying why at its top.
 */
const files = execFileSync('git', ['ls-files', '-co', '--exclude-standard'], { encoding: 'utf8' })
  .split('\n')
  .filter((path) => path && /^(src|tools|tests)\//.test(path) && !path.startsWith('tests/fixtures/'));

const isTest = (path: string) => /\.test(-support)?\.ts$/.test(path) || path.startsWith('tests/');

/** The layer a file of src/ belongs to; the entry points and configuration at the top may use every layer. */
function layerOf(path: string): { name: string; rank: number } {
  if (path.startsWith('src/core/') || path === 'src/site.config.ts') return { name: 'core', rank: 0 };
  if (path.startsWith('src/content/')) return { name: 'content', rank: 1 };
  if (path.startsWith('src/features/')) return { name: 'features', rank: 2 };
  if (path.startsWith('src/views/')) return { name: 'views', rank: 3 };
  return { name: 'pages', rank: 4 };
}

/** Every relative import of a module (static, dynamic, re-exports, worker scripts), resolved to a project path. */
function importsOf(path: string): string[] {
  const text = readFileSync(path, 'utf8');
  const found = [
    ...text.matchAll(/\b(?:import|export)\b[^'"`;]*?\bfrom\s*['"](\.{1,2}\/[^'"]+)['"]/g),
    ...text.matchAll(/\bimport\s*\(?\s*['"](\.{1,2}\/[^'"]+)['"]/g),
    ...text.matchAll(/\bnew URL\(\s*['"](\.{1,2}\/[^'"]+)['"]\s*,\s*import\.meta\.url/g),
  ];
  return [...new Set(found.map(([, specifier]) => normalize(join(dirname(path), specifier!.split(/[?#]/)[0]!))))];
}

const code = /\.(ts|mjs|astro)$/;

describe('the code layout', () => {
  it('has no import from a lower layer to a higher one in the site’s modules', () => {
    const upward = files
      .filter((path) => path.startsWith('src/') && code.test(path) && !isTest(path))
      .flatMap((path) =>
        importsOf(path)
          .filter((target) => target.startsWith('src/') && layerOf(target).rank > layerOf(path).rank)
          .map((target) => `${path} (${layerOf(path).name}) → ${target} (${layerOf(target).name})`),
      );
    expect(upward).toEqual([]);
  });

  it('keeps src/ free of tools/ and tests/, and the tools free of the tests’ support code', () => {
    const outward = files
      .filter((path) => code.test(path) && (path.startsWith('src/') || (path.startsWith('tools/') && !isTest(path))))
      .flatMap((path) => importsOf(path).filter((target) => target.startsWith('tests/') || (path.startsWith('src/') && target.startsWith('tools/'))).map((target) => `${path} → ${target}`));
    expect(outward).toEqual([]);
  });

  it('has no file over 300 lines that does not say at its top why it is longer', () => {
    const long = files
      .filter((path) => /\.(ts|mjs|astro|css|sh)$/.test(path))
      .filter((path) => {
        const lines = readFileSync(path, 'utf8').replace(/\n$/, '').split('\n');
        return lines.length > 300 && !/over 300 lines/i.test(lines.slice(0, 20).join('\n'));
      });
    expect(long).toEqual([]);
  });
});
