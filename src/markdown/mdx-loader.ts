import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import { glob } from 'astro/loaders';
import { createBodyRenderer, type RenderedBody, type RenderSettings } from './body-renderer.ts';
import { glossaryFingerprint, glossaryFolder } from './glossary-links.ts';
import { clearContentError, contentErrors, reportContentError } from '../lib/dev/content-errors.ts';
import { RenderPool } from './render-pool.ts';
import { needsMdxModuleKey } from './static-mdx.ts';

/**
 * The code that turns a file into its entry: the plugins, the glossary matcher,
 * the schemas. A change to any of it renders and validates every body again once;
 * otherwise a body is reused while its file and the glossary stay the same.
 */
function sourceFingerprint(root: string): string {
  const hash = createHash('sha256');
  const folders = ['src/markdown', 'src/lib/glossary', 'src/lib/search'];
  const files = ['src/content.config.ts', 'src/lib/schemas.ts', 'src/lib/content-location.ts'];
  for (const folder of folders) {
    for (const name of readdirSync(join(root, folder)).sort()) if (name.endsWith('.ts') && !name.endsWith('.test.ts')) files.push(`${folder}/${name}`);
  }
  for (const file of files) hash.update(file).update(readFileSync(join(root, file)));
  return hash.digest('hex');
}


interface EntryType {
  getRenderFunction?: (config: LoaderContext['config']) => Promise<RenderFunction>;
  [key: string]: unknown;
}
type RenderFunction = (entry: { id: string; data: Record<string, unknown>; body?: string; filePath?: string }) => Promise<RenderedBody>;
/** What Astro hands its own loaders beyond the public LoaderContext. */
type InnerContext = LoaderContext & { entryTypes: Map<string, EntryType> };

/** Bodies rendered on the loader's own thread before worker threads are worth their start (about a second each). */
const rendersBeforeWorkers = 48;

/**
 * The render function the glob loader calls per changed file. In a build with many changed files the bodies go to
 * worker threads (render-pool.ts), so rendering no longer waits on the loader's one thread; a few changed files,
 * and the dev server, render here.
 */
async function createRenderer(config: LoaderContext['config'], failures: string[], useWorkers: boolean): Promise<{ render: RenderFunction; close: () => Promise<void> }> {
  const settings: RenderSettings = {
    image: { domains: config.image.domains, remotePatterns: config.image.remotePatterns },
    syntaxHighlight: config.markdown.syntaxHighlight,
    shikiConfig: config.markdown.shikiConfig,
  };
  const renderHere = await createBodyRenderer(settings);
  let pool: RenderPool | undefined;
  let rendered = 0;
  const render: RenderFunction = async ({ data, filePath }) => {
    rendered += 1;
    if (useWorkers && !pool && rendered > rendersBeforeWorkers) {
      try {
        // cloned here first, so settings that cannot be sent fail before any worker has started and been left running
        pool = new RenderPool(structuredClone(settings));
      } catch {
        useWorkers = false; // settings that cannot be sent to a thread (a function in shikiConfig): render here
      }
    }
    const result = pool ? await pool.render(filePath!, data) : await renderHere(filePath!, data);
    if ('failure' in result) {
      failures.push(result.failure);
      reportContentError(staffPath(filePath!), result.failure);
      throw new Error(result.failure);
    }
    return result.rendered;
  };
  return { render, close: async () => pool?.close() };
}

/** A file as staff see it: relative to the project. */
const staffPath = (path: string) => relative(process.cwd(), path).split(sep).join('/');

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

/**
 * Wraps a loader's schema validation so the dev server can show a file's error in the
 * browser (src/integrations/dev-content-errors.ts) until the file is fixed or removed.
 */
function reportingErrors(context: LoaderContext, { clearOnParse }: { clearOnParse: boolean }): LoaderContext {
  if (!context.watcher) return context;
  context.watcher.on('unlink', (path) => clearContentError(staffPath(path)));
  // a file with an error still has its last good entry in the store: saved back unchanged, it must be read again (and cleared)
  const store = new Proxy(context.store, {
    get(target, property, receiver) {
      if (property !== 'get') return Reflect.get(target, property, receiver);
      return (id: string) => {
        const entry = target.get(id);
        return entry?.filePath && contentErrors().errors.has(entry.filePath) ? undefined : entry;
      };
    },
  });
  return {
    ...context,
    store,
    parseData: async (props) => {
      const file = staffPath(props.filePath ?? props.id);
      try {
        const data = await context.parseData(props);
        // an MDX file is cleared once its body has rendered too (in the store wrapper below)
        if (clearOnParse) clearContentError(file);
        return data;
      } catch (error) {
        reportContentError(file, (error as Error).message);
        if (props.filePath) readAgainOnce(context, resolve(props.filePath));
        throw error;
      }
    },
  };
}

/** Any loader, with its schema errors shown in the dev server's browser overlay (organisations use the plain glob loader). */
export function reportingLoader(loader: Loader): Loader {
  return { ...loader, load: (context) => loader.load(reportingErrors(context, { clearOnParse: true })) };
}

/**
 * The glob loader for MDX content, with bodies that are plain Markdown and HTML
 * rendered to HTML when the content is read. Astro keeps that HTML in its content
 * cache, keyed by the file's text, the glossary and the renderer, so a rebuild
 * renders only what changed, and no document becomes a module of the site's
 * bundle. A file that uses MDX proper (import, components, expressions) is left
 * to @astrojs/mdx, exactly as the plain glob loader would.
 */
export function mdxContent(options: { pattern: string; base: string }): Loader {
  const inner = glob(options);
  return {
    name: 'mdx-content-loader',
    load: async (outerContext) => {
      const context = reportingErrors(outerContext, { clearOnParse: false });
      const { entryTypes, store, config, generateDigest, watcher } = context as InnerContext;
      const mdxType = entryTypes.get('.mdx');
      if (!mdxType) throw new Error('MDX 内容需要 @astrojs/mdx：请在 astro.config.mjs 的 integrations 中加入 mdx()');
      const root = fileURLToPath(config.root);
      // the digest of every body carries the glossary: a changed glossary renders every body again (relinking terms)
      let key = '';
      const readKey = () => (key = `${sourceFingerprint(root)}\n${glossaryFingerprint()}\n`);
      const wrappedStore = new Proxy(store, {
        get(target, property, receiver) {
          if (property !== 'set') return Reflect.get(target, property, receiver);
          return (entry: Parameters<typeof store.set>[0]) => {
            const frontmatter = (entry.rendered?.metadata as RenderedBody['metadata'] | undefined)?.frontmatter;
            if (entry.filePath && entry.rendered) clearContentError(entry.filePath);
            if (frontmatter?.[needsMdxModuleKey]) {
              // components or expressions: @astrojs/mdx compiles this file as a module, as it would without us
              const { rendered: _rendered, ...rest } = entry;
              return target.set({ ...rest, deferredRender: true });
            }
            // a body that failed to render is not stored: the next build tries it again and reports it again
            if (!entry.rendered) return false;
            return target.set(entry);
          };
        },
      });
      /** One pass of the glob loader over the folder; the dev server's file watching is registered on the first only. */
      const loadAll = async (withWatcher: boolean) => {
        const failures: string[] = [];
        const { render, close } = await createRenderer(config, failures, !watcher);
        readKey();
        const types = new Map(entryTypes);
        types.set('.mdx', { ...mdxType, getRenderFunction: async () => render });
        try {
          await inner.load({
            ...context,
            store: wrappedStore,
            entryTypes: types,
            watcher: withWatcher ? watcher : undefined,
            generateDigest: (data) => generateDigest(typeof data === 'string' ? key + data : data),
          } as InnerContext);
        } finally {
          await close();
        }
        return failures;
      };
      const failures = await loadAll(true);
      // the glob loader only logs a body that fails to render; a build must stop, naming the file, line and fix
      if (failures.length > 0 && !watcher) throw new Error(`正文无法生成：\n${failures.join('\n')}`);
      if (watcher) {
        // dev server: a term added, changed or deleted links (or unlinks) it in every body, without editing each
        const glossary = resolve(glossaryFolder()) + sep;
        let pending: ReturnType<typeof setTimeout> | undefined;
        let running = Promise.resolve();
        watcher.on('all', (event, path) => {
          if (!['add', 'change', 'unlink'].includes(event) || !resolve(path).startsWith(glossary) || !path.endsWith('.mdx')) return;
          clearTimeout(pending);
          pending = setTimeout(() => {
            running = running.then(async () => {
              const before = key;
              if (readKey() === before) return;
              await loadAll(false);
              context.logger.info('名词表有变化，已重新链接各文件中的名词');
            });
          }, 150);
        });
      }
    },
  };
}
