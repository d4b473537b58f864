import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { codeFingerprint } from './fingerprint.ts';

/** A throwaway project: a few modules and a lockfile. Each fingerprint is taken in a fresh copy (it is computed once per process). */
function project(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'fingerprint-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(root, path, '..'), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}
const lockfile = (versions: Record<string, string>, dependencies: Record<string, Record<string, string>> = {}) =>
  JSON.stringify({ packages: Object.fromEntries(Object.entries(versions).map(([name, version]) => [`node_modules/${name}`, { version, dependencies: dependencies[name] }])) });

const base = {
  'package.json': '{}',
  'package-lock.json': lockfile({ 'opencc-js': '1.0.0', 'opencc-dict': '2.0.0', vitest: '5.0.0' }, { 'opencc-js': { 'opencc-dict': '^2' } }),
  'src/schemas.ts': "import { isRealIsoDate } from './core/dates.ts';\nimport type { X } from './types.ts';\n",
  'src/core/dates.ts': "import { Converter } from 'opencc-js/t2cn';\nexport const isRealIsoDate = () => true;\n",
  'src/types.ts': 'export type X = 1;\n',
  'src/pool.ts': "const worker = new URL('./worker.ts', import.meta.url);\nconst later = () => import('./later.ts');\n",
  'src/worker.ts': 'export {};\n',
  'src/later.ts': 'export {};\n',
  'src/unrelated.ts': "import { vi } from 'vitest';\n",
};
const roots: string[] = [];
function fingerprintOf(changes: Record<string, string>, entries = ['src/schemas.ts']): string {
  const root = project({ ...base, ...changes });
  roots.push(root);
  return codeFingerprint(entries.map((entry) => join(root, entry)));
}
afterEach(() => {
  for (const root of roots.splice(0)) rmSync(root, { recursive: true, force: true });
});

describe('the code fingerprint', () => {
  const unchanged = () => fingerprintOf({});

  it('is the same for the same code, wherever the project lies', () => {
    expect(fingerprintOf({})).toBe(unchanged());
  });

  it('changes when a module two imports away changes', () => {
    expect(fingerprintOf({ 'src/core/dates.ts': "import { Converter } from 'opencc-js/t2cn';\nexport const isRealIsoDate = () => false;\n" })).not.toBe(unchanged());
    expect(fingerprintOf({ 'src/types.ts': 'export type X = 2;\n' })).not.toBe(unchanged());
  });

  it('changes with the locked version of a package the code imports, or of one that package depends on', () => {
    expect(fingerprintOf({ 'package-lock.json': lockfile({ 'opencc-js': '1.0.1', 'opencc-dict': '2.0.0', vitest: '5.0.0' }, { 'opencc-js': { 'opencc-dict': '^2' } }) })).not.toBe(unchanged());
    expect(fingerprintOf({ 'package-lock.json': lockfile({ 'opencc-js': '1.0.0', 'opencc-dict': '2.1.0', vitest: '5.0.0' }, { 'opencc-js': { 'opencc-dict': '^2' } }) })).not.toBe(unchanged());
  });

  it('stays the same when only code and packages the entries do not reach change', () => {
    expect(fingerprintOf({ 'src/unrelated.ts': "import { vi } from 'vitest';\nexport const other = 1;\n" })).toBe(unchanged());
    expect(fingerprintOf({ 'package-lock.json': lockfile({ 'opencc-js': '1.0.0', 'opencc-dict': '2.0.0', vitest: '5.1.0' }, { 'opencc-js': { 'opencc-dict': '^2' } }) })).toBe(unchanged());
  });

  it('follows worker threads and dynamic imports', () => {
    const pool = () => fingerprintOf({}, ['src/pool.ts']);
    expect(fingerprintOf({ 'src/worker.ts': 'export const x = 1;\n' }, ['src/pool.ts'])).not.toBe(pool());
    expect(fingerprintOf({ 'src/later.ts': 'export const x = 1;\n' }, ['src/pool.ts'])).not.toBe(pool());
  });
});
