import { createHash } from 'node:crypto';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The one cache key of the code that shapes output. A build step that keeps its results from build to build (the
 * content store's rendered bodies, the share cards, the search records) names the modules that make them; the
 * fingerprint is a hash of every source file those modules reach through their imports (`import`, `export … from`,
 * `import()`, and a worker thread's script named by `new URL(…, import.meta.url)`), and of the lockfile's version of
 * every package they import, with everything those packages depend on. Change any of it — a schema's date rule
 * two imports away, OpenCC's dictionaries, satori — and the step's cache is stale; change anything else and it
 * stays warm. No list of files to keep up by hand. The scan reads text, comments included: a file it finds named
 * there only makes the key wider, and a name that is no file is passed over.
 */

const specifierPatterns = [
  /\b(?:import|export)\b[^'"`;]*?\bfrom\s*['"]([^'"]+)['"]/g,
  /\bimport\s*['"]([^'"]+)['"]/g,
  /\bimport\s*\(\s*['"]([^'"]+)['"]\s*\)/g,
  /\bnew URL\(\s*['"](\.{1,2}\/[^'"]+)['"]\s*,\s*import\.meta\.url\s*\)/g,
];

/** What a module imports: local files (resolved) and package names. */
function importsOf(file: string, text: string): { files: string[]; packages: string[] } {
  const files: string[] = [];
  const packages: string[] = [];
  for (const pattern of specifierPatterns) {
    for (const [, specifier] of text.matchAll(pattern)) {
      if (!specifier) continue;
      if (specifier.startsWith('.')) files.push(resolve(dirname(file), specifier.split(/[?#]/)[0]!));
      else if (!/^[a-z]+:/.test(specifier)) packages.push(packageName(specifier));
    }
  }
  return { files, packages };
}

/** remark-gfm → remark-gfm; opencc-js/dict/STPhrases → opencc-js; @expo-google-fonts/noto-sans-sc/400Regular/x.ttf → @expo-google-fonts/noto-sans-sc */
function packageName(specifier: string): string {
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0]!;
}

interface LockEntry {
  version?: string;
  dependencies?: Record<string, string>;
  optionalDependencies?: Record<string, string>;
  peerDependencies?: Record<string, string>;
}

/** The project a module belongs to: the nearest folder above it with a package.json. */
function projectRootOf(file: string): string {
  for (let dir = dirname(file); ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'package.json'))) return dir;
    if (dirname(dir) === dir) return dirname(file);
  }
}

/**
 * Each package with its version as the lockfile pins it, and every package it depends on, as npm resolves them
 * (a copy nested below the package first, then the top level). Without a lockfile, the installed version.
 */
function packageVersions(root: string, names: Iterable<string>): string[] {
  const lockfile = join(root, 'package-lock.json');
  const seen = new Map<string, string>();
  if (!existsSync(lockfile)) {
    for (const name of names) {
      const manifest = join(root, 'node_modules', name, 'package.json');
      seen.set(name, existsSync(manifest) ? String((JSON.parse(readFileSync(manifest, 'utf8')) as { version?: string }).version) : 'missing');
    }
    return [...seen].map(([name, version]) => `${name}@${version}`).sort();
  }
  const entries = (JSON.parse(readFileSync(lockfile, 'utf8')) as { packages?: Record<string, LockEntry> }).packages ?? {};
  const pending = [...names].map((name) => `node_modules/${name}`);
  while (pending.length > 0) {
    const path = pending.pop()!;
    if (seen.has(path)) continue;
    const entry = entries[path];
    seen.set(path, entry?.version ?? 'missing');
    if (!entry) continue;
    for (const dependency of Object.keys({ ...entry.dependencies, ...entry.optionalDependencies, ...entry.peerDependencies })) {
      // npm looks in the package's own node_modules, then each folder above it
      let resolved: string | undefined;
      for (let base = path; resolved === undefined; base = base.slice(0, Math.max(0, base.lastIndexOf('/node_modules/')))) {
        const candidate = base ? `${base}/node_modules/${dependency}` : `node_modules/${dependency}`;
        if (entries[candidate] || !base) resolved = candidate;
      }
      pending.push(resolved);
    }
  }
  return [...seen].map(([path, version]) => `${path.replace(/^node_modules\//, '')}@${version}`).sort();
}

const computed = new Map<string, string>();

/**
 * The fingerprint of the code reachable from `entries` (module paths or URLs), and of `packages` besides those the
 * code imports (files a module reads by name, such as fonts). The same within one process: computed once.
 */
export function codeFingerprint(entries: readonly (string | URL)[], options: { packages?: readonly string[] } = {}): string {
  const starts = entries.map((entry) => (entry instanceof URL ? fileURLToPath(entry) : resolve(entry)));
  const key = JSON.stringify([starts, options.packages ?? []]);
  const known = computed.get(key);
  if (known) return known;
  const root = projectRootOf(starts[0]!);
  const hash = createHash('sha256');
  const packages = new Set(options.packages);
  const seen = new Set<string>();
  const pending = [...starts];
  const files: string[] = [];
  while (pending.length > 0) {
    const file = pending.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    if (!existsSync(file) || !statSync(file).isFile()) continue;
    files.push(file);
    const text = readFileSync(file, 'utf8');
    const found = importsOf(file, text);
    pending.push(...found.files);
    for (const name of found.packages) packages.add(name);
  }
  for (const file of files.sort()) hash.update(`${relative(root, file).split('\\').join('/')}\0`).update(readFileSync(file)).update('\0');
  for (const version of packageVersions(root, packages)) hash.update(`${version}\n`);
  const fingerprint = hash.digest('hex').slice(0, 32);
  computed.set(key, fingerprint);
  return fingerprint;
}
