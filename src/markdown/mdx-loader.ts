import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import { glob } from 'astro/loaders';
import type { z } from 'astro/zod';
import { contentFileFrom, type ContentFile } from '../lib/check/content-model.ts';
import { formatFinding } from '../lib/check/finding.ts';
import { frontMatterFindings } from '../lib/check/front-matter.ts';
import { decodeContentFile } from '../lib/content-rules/file-text.ts';
import { createBodyRenderer, type RenderedBody } from './body-renderer.ts';
import { clearContentError, contentErrors, reportContentError } from '../lib/dev/content-errors.ts';
import { glossaryFingerprint, glossaryFolder } from './glossary-links.ts';
import { RenderPool } from './render-pool.ts';
import { documentRelationFindings } from '../features/validity/relations.ts';

/**
 * The code that turns a file into its entry: the plugins, the glossary matcher, the content rules, the schemas.
 * A change to any of it renders and validates every body again once; otherwise a body is reused while its file
 * and the glossary stay the same.
 */
function sourceFingerprint(root: string): string {
  const hash = createHash('sha256');
  const folders = ['src/markdown', 'src/lib/glossary', 'src/lib/search', 'src/lib/content-rules', 'src/core', 'src/features/tasks', 'src/features/figures', 'src/features/validity', 'src/features/interpretation'];
  const files = [
    'src/content.config.ts', 'src/lib/schemas.ts', 'src/lib/content-location.ts', 'src/lib/summary.ts', 'src/lib/kinds.ts',
    'src/lib/check/body-checks.ts', 'src/lib/check/content-model.ts', 'src/lib/check/front-matter.ts', 'src/lib/check/finding.ts',
  ];
  for (const folder of folders) {
    for (const name of readdirSync(join(root, folder)).sort()) if (name.endsWith('.ts') && !name.endsWith('.test.ts')) files.push(`${folder}/${name}`);
  }
  for (const file of files) hash.update(file).update(readFileSync(join(root, file)));
  return hash.digest('hex');
}

interface EntryType {
  getEntryInfo: (input: { contents: string; fileUrl: URL }) => Promise<{ data: Record<string, unknown>; body?: string; [key: string]: unknown }>;
  getRenderFunction?: (config: LoaderContext['config']) => Promise<RenderFunction>;
  [key: string]: unknown;
}
type RenderFunction = (entry: { id: string; data: Record<string, unknown>; body?: string; filePath?: string }) => Promise<RenderedBody>;
/** What Astro hands its own loaders beyond the public LoaderContext. */
type InnerContext = LoaderContext & { entryTypes: Map<string, EntryType> };

/** Bodies rendered on the loader's own thread before worker threads are worth their start (about a second each). */
const rendersBeforeWorkers = 48;

/**
 * Refused content, said once in Chinese. Astro prints whatever a loader throws with an English hint, a location
 * and a stack trace: the findings are printed (or, in `npm run build`, written for the build to print) before,
 * and what is thrown says only that the build stopped.
 */
export class ContentRefusedError extends Error {
  constructor(files: number) {
    super(`${files} 个内容文件有错误（见上文），网站没有生成。`);
    this.name = '内容错误';
    this.stack = '';
  }
}

type Collections = Record<string, { schema?: z.ZodType; loader?: { name?: string } }>;

/** The content config's collections, once it is loaded: their schemas, and how many use this loader. */
async function contentCollections(): Promise<Collections> {
  return ((await import('../content.config.ts')) as unknown as { collections: Collections }).collections;
}

/**
 * Astro loads the collections side by side and stops at the first loader that throws, so a loader that stopped
 * the build on its own would hide what the others found. Each loader of a build waits here for the others; the
 * last to arrive says everything refused, once, and stops the build.
 */
const meeting = { arrived: 0, failures: [] as string[], files: 0, waiting: [] as (() => void)[] };
async function meetTheOthers(expected: number, failures: readonly string[], files: number): Promise<{ failures: string[]; files: number } | undefined> {
  meeting.arrived += 1;
  meeting.failures.push(...failures);
  meeting.files += files;
  if (meeting.arrived < expected) {
    await new Promise<void>((resolve) => meeting.waiting.push(resolve));
    return undefined;
  }
  const all = { failures: meeting.failures, files: meeting.files };
  for (const resolve of meeting.waiting) resolve();
  Object.assign(meeting, { arrived: 0, failures: [], files: 0, waiting: [] });
  return all;
}

/**
 * Every content collection is read through this: Astro's glob loader, with the site's rules in front of it.
 * - A file that is not UTF-8 is refused with how to save it again; a byte-order mark and CRLF line ends are read
 *   as if absent.
 * - Front matter is checked as `npm run check` checks it (src/lib/check/front-matter.ts): each problem at its
 *   line, an unknown field named with the nearest known one, in Chinese; Astro's own validation follows.
 * - Bodies (with `render`) are rendered when the content is read (body-renderer.ts: the body rules, the static
 *   renderer, the sanitiser), in worker threads when there are many, and cached by Astro keyed by the file, the
 *   glossary and the rendering code. No body ever becomes a module of the site's bundle.
 * A build with refused content stops, naming each file, line and fix once.
 */
const loaderName = 'content-loader';

function contentLoader(options: { pattern: string; base: string; render: boolean }): Loader {
  const inner = glob({ pattern: options.pattern, base: options.base });
  return {
    name: loaderName,
    load: async (context) => {
      const { entryTypes, store, config, generateDigest, watcher, parseData, collection } = context as InnerContext;
      const projectRoot = fileURLToPath(config.root);
      const base = resolve(projectRoot, options.base);
      const failures: string[] = [];
      /** files refused, by absolute path: never stored, so the next build reads and reports them again */
      const failed = new Set<string>();
      /** files that could not be read at all (not UTF-8, broken front matter): nothing more is said about them */
      const unreadable = new Set<string>();
      const refuse = (path: string, findings: string) => {
        failed.add(path);
        failures.push(findings);
        if (watcher) {
          // the dev server shows it in the browser until the file is fixed (src/integrations/dev-content-errors.ts)
          reportContentError(relativePath(path), findings);
          readAgainOnce(context, path);
          // it reads a changed file long after load() returned: say it at once
          if (loaded) reportFailures([findings]);
        }
      };
      let loaded = false;
      const collections = await contentCollections();
      const schema = collections[collection]?.schema;
      const relativePath = (path: string) => relative(projectRoot, path).split('\\').join('/');

      const types = new Map<string, EntryType>();
      for (const [extension, type] of entryTypes) {
        types.set(extension, {
          ...type,
          getEntryInfo: async ({ contents, fileUrl }) => {
            const path = fileURLToPath(fileUrl);
            // read again (the dev server, after an edit): judged afresh
            failed.delete(path);
            unreadable.delete(path);
            // a file that is not UTF-8 comes in with replacement characters: only then are its bytes decoded again
            if (contents.includes('\uFFFD')) {
              const decoded = decodeContentFile(readFileSync(path));
              if ('problem' in decoded) {
                unreadable.add(path);
                refuse(path, formatFinding({ severity: 'error', file: relativePath(path), line: decoded.problem.line, message: decoded.problem.why, fix: decoded.problem.instead }));
                return { data: {}, body: '' };
              }
            }
            const text = contents.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
            try {
              return await type.getEntryInfo({ contents: text, fileUrl });
            } catch {
              // broken front matter: the content file model says where and why, in the words the check uses
              const entry = contentFileFrom(collection as ContentFile['collection'], relative(base, path), path, projectRoot, text);
              const finding = 'reason' in entry ? entry : { file: relativePath(path), line: 1, reason: '属性区无法读取', fix: '属性区写成 key: value，每行一项' };
              unreadable.add(path);
              refuse(path, formatFinding({ severity: 'error', file: finding.file, line: finding.line, message: finding.reason, fix: finding.fix }));
              return { data: {}, body: '' };
            }
          },
        });
      }

      let render: RenderFunction | undefined;
      let close = async () => {};
      const mdxType = types.get('.mdx');
      if (options.render) {
        if (!mdxType) throw new Error('MDX 内容需要 @astrojs/mdx：请在 astro.config.mjs 的 integrations 中加入 mdx()');
        ({ render, close } = createRenderer(refuse, unreadable, !watcher));
        types.set('.mdx', { ...mdxType, getRenderFunction: async () => render! });
      }

      const checkedParseData: typeof parseData = async (entry) => {
        const path = entry.filePath ? resolve(projectRoot, entry.filePath) : '';
        if (failed.has(path)) return entry.data;
        if (schema && path) {
          const file = contentFileFrom(collection as ContentFile['collection'], relative(base, path), path, projectRoot, decodedText(path));
          const findings = 'reason' in file ? [] : frontMatterFindings(file, schema);
          if (findings.length > 0) {
            refuse(path, findings.map(formatFinding).join('\n'));
            return entry.data;
          }
        }
        return parseData(entry);
      };

      // the digest of every body carries the glossary: a changed glossary renders every body again (relinking terms)
      let key = '';
      const readKey = () => (key = `${sourceFingerprint(projectRoot)}\n${options.render ? glossaryFingerprint() : ''}\n`);
      readKey();
      const wrappedStore = new Proxy(store, {
        get(target, property, receiver) {
          // dev server: a file with an error still has its last good entry in the store; saved back unchanged, it
          // must be read again (and its error cleared), so the store does not offer the old entry
          if (property === 'get' && watcher) {
            return (id: string) => {
              const entry = target.get(id);
              return entry?.filePath && contentErrors().errors.has(entry.filePath) ? undefined : entry;
            };
          }
          if (property !== 'set') return Reflect.get(target, property, receiver);
          return (entry: Parameters<typeof store.set>[0]) => {
            // a refused file is not stored: the next build reads it again and reports it again
            if (entry.filePath && failed.has(resolve(projectRoot, entry.filePath))) return false;
            // a body is HTML rendered here or nothing: never a module for @astrojs/mdx to compile
            if (options.render && !entry.rendered) return false;
            if (watcher && entry.filePath) clearContentError(relativePath(resolve(projectRoot, entry.filePath)));
            const { deferredRender: _deferred, ...rest } = entry;
            return target.set(rest);
          };
        },
      });
      if (watcher) watcher.on('unlink', (path) => clearContentError(relativePath(resolve(path))));
      /** One pass of the glob loader over the folder; the dev server's file watching is registered on the first only. */
      const loadAll = (withWatcher: boolean) =>
        inner.load({
          ...context,
          parseData: checkedParseData,
          store: wrappedStore,
          entryTypes: types,
          watcher: withWatcher ? watcher : undefined,
          generateDigest: (data) => generateDigest(typeof data === 'string' ? key + data : data),
        } as InnerContext);
      let error: unknown;
      try {
        await loadAll(true);
      } catch (thrown) {
        error = thrown ?? new Error('内容读取失败');
      } finally {
        loaded = true;
        // the dev server keeps rendering on this thread as files change; a build is done with the workers
        if (!watcher) await close();
      }
      // what spans documents (a 解读's interprets, a chain of replacements) is judged once every document is read
      if (collection === 'documents' && !error) {
        const files = [...store.values()].flatMap((entry) => {
          const path = entry.filePath ? resolve(projectRoot, entry.filePath) : '';
          if (!path || failed.has(path)) return [];
          const file = contentFileFrom('documents', relative(base, path), path, projectRoot, decodedText(path));
          return 'reason' in file ? [] : [file];
        });
        const byFile = new Map<string, string[]>();
        for (const finding of documentRelationFindings(files)) byFile.set(finding.file, [...(byFile.get(finding.file) ?? []), formatFinding(finding)]);
        for (const [file, findings] of byFile) refuse(resolve(projectRoot, file), findings.join('\n'));
      }
      // in the dev server a refused file is left out and said at once
      if (watcher) {
        if (failures.length > 0) reportFailures(failures);
        if (error) throw error;
        if (options.render) relinkOnGlossaryChange(watcher, { current: () => key, read: readKey }, () => loadAll(false), context.logger);
        return;
      }
      // a build stops, once every content loader has said what it refused
      const expected = Object.values(collections).filter((config) => config.loader?.name === loaderName).length;
      const all = await meetTheOthers(expected, failures, failed.size);
      if (error) throw error;
      if (all && all.failures.length > 0) {
        reportFailures(all.failures);
        throw new ContentRefusedError(all.files);
      }
    },
  };
}

/**
 * Dev server: a term added, changed or deleted links (or unlinks) it in every body, without editing each: the
 * bodies' digests carry the glossary, so a pass over the folder renders again exactly the bodies it changes.
 */
function relinkOnGlossaryChange(watcher: NonNullable<LoaderContext['watcher']>, keys: { current: () => string; read: () => string }, loadAll: () => Promise<void>, logger: LoaderContext['logger']): void {
  const glossary = resolve(glossaryFolder()) + sep;
  let pending: ReturnType<typeof setTimeout> | undefined;
  let running = Promise.resolve();
  watcher.on('all', (event, path) => {
    if (!['add', 'change', 'unlink'].includes(event) || !resolve(path).startsWith(glossary) || !path.endsWith('.mdx')) return;
    clearTimeout(pending);
    pending = setTimeout(() => {
      running = running.then(async () => {
        const before = keys.current();
        if (keys.read() === before) return;
        await loadAll();
        logger.info('名词表有变化，已重新链接各文件中的名词');
      });
    }, 150);
  });
}

/** The text each file had when it was last read again after an error: it is read again once per text, never in a loop. */
const readAgain = new Map<string, string>();

/**
 * An editor that saves by truncating and rewriting the file can have it read while still empty: the error then stays
 * though the saved file is right, until it is saved again. So after an error the file is read once more, shortly after,
 * through the watcher's own change event, unless it has already been read again with this very text.
 */
function readAgainOnce(context: LoaderContext, path: string): void {
  setTimeout(() => {
    let text: string;
    try {
      text = readFileSync(path, 'utf8');
    } catch {
      return; // removed: the unlink handler clears its error
    }
    if (readAgain.get(path) === text) return;
    readAgain.set(path, text);
    context.watcher?.emit('change', path);
  }, 300);
}

/** A file's text as the site reads it (its encoding was checked when its entry was read). */
function decodedText(path: string): string {
  const decoded = decodeContentFile(readFileSync(path));
  return 'text' in decoded ? decoded.text : '';
}

/**
 * `npm run build` names a file (CONTENT_FINDINGS_FILE) for the findings: its content check says the same things
 * and more, so the build prints them once, from the check, and these only if the check somehow missed them.
 */
function reportFailures(failures: string[]): void {
  const text = `${failures.join('\n')}\n`;
  if (process.env.CONTENT_FINDINGS_FILE) writeFileSync(process.env.CONTENT_FINDINGS_FILE, text, { flag: 'a' });
  else process.stderr.write(text);
}

/**
 * The render function the glob loader calls per changed file. In a build with many changed files the bodies go to
 * worker threads (render-pool.ts), so rendering no longer waits on the loader's one thread; a few changed files,
 * and the dev server, render here. A body that cannot be rendered is refused, not thrown: the glob loader would
 * log it in English as well.
 */
function createRenderer(refuse: (path: string, findings: string) => void, unreadable: ReadonlySet<string>, useWorkers: boolean): { render: RenderFunction; close: () => Promise<void> } {
  const renderHere = createBodyRenderer();
  let pool: RenderPool | undefined;
  let rendered = 0;
  const render: RenderFunction = async ({ data, filePath }) => {
    if (unreadable.has(resolve(filePath!))) return { html: '', metadata: {} };
    rendered += 1;
    if (useWorkers && !pool && rendered > rendersBeforeWorkers) pool = new RenderPool();
    const result = pool ? await pool.render(filePath!, data) : await renderHere(filePath!, data);
    if ('failure' in result) {
      refuse(resolve(filePath!), result.failure);
      return { html: '', metadata: {} };
    }
    return result.rendered;
  };
  return { render, close: async () => pool?.close() };
}

/** Documents and glossary terms: MDX files whose bodies are rendered when the content is read. */
export function mdxContent(options: { pattern: string; base: string }): Loader {
  return contentLoader({ ...options, render: true });
}

/** Organisations: YAML files, checked the same way. */
export function yamlContent(options: { pattern: string; base: string }): Loader {
  return contentLoader({ ...options, render: false });
}
