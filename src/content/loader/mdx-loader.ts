import { readFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import { glob } from 'astro/loaders';
import { codeFingerprint } from '../../core/fingerprint.ts';
import { dropOtherBodies, hasBody, keepBody, type BodyFacts } from '../body-store.ts';
import { frontMatterFindings } from '../check/front-matter.ts';
import { contentCollections, contentFileFrom, type ContentFile } from '../content-model.ts';
import { formatFinding } from '../finding.ts';
import { decodeContentFile } from '../rules/file-text.ts';
import type { FeatureRules } from '../feature-rules.ts';
import { writtenSchemas } from '../schemas.ts';
import { createBodyRenderer, type BodyPipeline, type RenderedBody } from './body-renderer.ts';
import { clearContentError, contentErrors, reportContentError } from './content-errors.ts';
import { readAgainOnce, renderAgainOnInputsChange } from './dev-watch.ts';
import { ContentRefusedError, meetTheOthers, reportFailures } from './refusals.ts';
import { RenderPool } from './render-pool.ts';

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
 * Every content collection is read through this: Astro's glob loader, with the site's rules in front of it.
 * - A file that is not UTF-8 is refused with how to save it again; a byte-order mark and CRLF line ends are read
 *   as if absent.
 * - Front matter is read by the content model and checked as `npm run check` checks it, with the same schemas
 *   (src/content/check/front-matter.ts): each problem at its line, an unknown field named with the nearest known
 *   one, in Chinese; Astro's own validation follows. The features' rules (src/rules.config.ts) run in the schemas,
 *   and once every document is read, the rules between documents.
 * - Bodies (with a pipeline) are rendered when the content is read (body-renderer.ts: the body rules, the static
 *   renderer, the site's plugins, the sanitiser), in worker threads when there are many, and cached by Astro keyed
 *   by the file, the pipeline's inputs (the glossary) and the code (src/core/fingerprint.ts). No body ever becomes
 *   a module of the site's bundle, and no body stays in Astro's store: each is kept in the body store
 *   (src/content/body-store.ts), where the pages read it.
 * A build with refused content stops, naming each file, line and fix once.
 */
function contentLoader(options: { pattern: string; base: string; pipeline?: BodyPipeline | undefined; rules: FeatureRules }): Loader {
  const inner = glob({ pattern: options.pattern, base: options.base });
  const { pipeline, rules } = options;
  return {
    name: 'content-loader',
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
          // the dev server shows it in the browser until the file is fixed (src/features/dev/dev-content-errors.ts)
          reportContentError(relativePath(path), findings);
          readAgainOnce(context, path);
          // it reads a changed file long after load() returned: say it at once
          if (loaded) reportFailures([findings]);
        }
      };
      let loaded = false;
      const schema = writtenSchemas(rules)[collection as ContentFile['collection']];
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
      if (pipeline) {
        if (!mdxType) throw new Error('MDX 内容需要 @astrojs/mdx：请在 astro.config.mjs 的 integrations 中加入 mdx()');
        ({ render, close } = createRenderer(pipeline, refuse, unreadable, !watcher));
        types.set('.mdx', { ...mdxType, getRenderFunction: async () => render! });
      }

      const checkedParseData: typeof parseData = async (entry) => {
        const path = entry.filePath ? resolve(projectRoot, entry.filePath) : '';
        if (failed.has(path)) return entry.data;
        if (schema && path) {
          const file = contentFileFrom(collection as ContentFile['collection'], relative(base, path), path, projectRoot, decodedText(path));
          // a file the content model cannot read (and the check refuses) is refused here too, in the same words
          const findings = 'reason' in file ? [{ severity: 'error' as const, file: file.file, line: file.line, message: file.reason, fix: file.fix }] : frontMatterFindings(file, schema);
          if (findings.length > 0) {
            refuse(path, findings.map(formatFinding).join('\n'));
            return entry.data;
          }
        }
        return parseData(entry);
      };

      // the digest of every entry carries the code that reads and renders it (the schemas, the loader, the body
      // pipeline: everything content.config.ts reaches) and, for bodies, the glossary: a change to either reads and
      // renders every entry again (relinking terms)
      const code = codeFingerprint([new URL('content.config.ts', config.srcDir)]);
      let key = '';
      const readKey = () => (key = `${code}\n${pipeline ? pipeline.inputsKey() : ''}\n`);
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
            if (pipeline && !entry.rendered) return false;
            if (watcher && entry.filePath) clearContentError(relativePath(resolve(projectRoot, entry.filePath)));
            const { deferredRender: _deferred, ...kept } = entry;
            if (pipeline && entry.rendered) {
              // the rendered body goes to the body store, and neither it nor its raw source stays in Astro's store,
              // which Astro bundles whole into a module of every build (src/content/body-store.ts says why)
              const { html, metadata } = entry.rendered;
              keepBody({ collection, id: entry.id, digest: entry.digest }, html, { headings: (metadata?.headings ?? []) as BodyFacts['headings'], records: metadata?.frontmatter ?? {} });
              delete kept.body;
              delete kept.rendered;
            }
            return target.set(kept);
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
      // an entry whose body is no longer kept (the cache emptied by hand, a build stopped midway) is read again
      if (pipeline) {
        for (const entry of [...store.values()]) if (!hasBody({ collection, id: entry.id, digest: entry.digest })) store.delete(entry.id);
      }
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
      if (collection === 'documents' && !error) refuseAcrossDocuments(store, rules, { projectRoot, base, failed }, refuse);
      // a build keeps the bodies of the files as they are now, and no others
      if (pipeline && !watcher && !error) dropOtherBodies(collection, store.values());
      // in the dev server a refused file is left out and said at once
      if (watcher) {
        if (failures.length > 0) reportFailures(failures);
        if (error) throw error;
        if (pipeline) renderAgainOnInputsChange(watcher, pipeline.inputsFolder(), { current: () => key, read: readKey }, () => loadAll(false), context.logger);
        return;
      }
      // a build stops, once every content loader has said what it refused
      const all = await meetTheOthers(contentCollections.length, failures, failed.size);
      if (error) throw error;
      if (all && all.failures.length > 0) {
        reportFailures(all.failures);
        throw new ContentRefusedError(all.files);
      }
    },
  };
}

/** The features' rules between documents, over every document read and not refused: each file refused with its findings. */
function refuseAcrossDocuments(store: LoaderContext['store'], rules: FeatureRules, where: { projectRoot: string; base: string; failed: ReadonlySet<string> }, refuse: (path: string, findings: string) => void): void {
  const files = [...store.values()].flatMap((entry) => {
    const path = entry.filePath ? resolve(where.projectRoot, entry.filePath) : '';
    if (!path || where.failed.has(path)) return [];
    const file = contentFileFrom('documents', relative(where.base, path), path, where.projectRoot, decodedText(path));
    return 'reason' in file ? [] : [file];
  });
  const byFile = new Map<string, string[]>();
  for (const finding of rules.betweenDocuments.flatMap((rule) => rule(files))) byFile.set(finding.file, [...(byFile.get(finding.file) ?? []), formatFinding(finding)]);
  for (const [file, findings] of byFile) refuse(resolve(where.projectRoot, file), findings.join('\n'));
}

/** A file's text as the site reads it (its encoding was checked when its entry was read). */
function decodedText(path: string): string {
  const decoded = decodeContentFile(readFileSync(path));
  return 'text' in decoded ? decoded.text : '';
}

/**
 * The render function the glob loader calls per changed file. In a build with many changed files the bodies go to
 * worker threads (render-pool.ts), so rendering no longer waits on the loader's one thread; a few changed files,
 * and the dev server, render here. A body that cannot be rendered is refused, not thrown: the glob loader would
 * log it in English as well.
 */
function createRenderer(pipeline: BodyPipeline, refuse: (path: string, findings: string) => void, unreadable: ReadonlySet<string>, useWorkers: boolean): { render: RenderFunction; close: () => Promise<void> } {
  const renderHere = createBodyRenderer(pipeline);
  let pool: RenderPool | undefined;
  let rendered = 0;
  const render: RenderFunction = async ({ data, filePath }) => {
    if (unreadable.has(resolve(filePath!))) return { html: '', metadata: {} };
    rendered += 1;
    if (useWorkers && !pool && rendered > rendersBeforeWorkers) pool = new RenderPool(pipeline);
    const result = pool ? await pool.render(filePath!, data) : await renderHere(filePath!, data);
    if ('failure' in result) {
      refuse(resolve(filePath!), result.failure);
      return { html: '', metadata: {} };
    }
    return result.rendered;
  };
  return { render, close: async () => pool?.close() };
}

/** Documents, glossary terms and earlier versions: MDX files whose bodies are rendered, with the pipeline's plugins, when the content is read. */
export function mdxContent(options: { pattern: string; base: string; pipeline: BodyPipeline; rules: FeatureRules }): Loader {
  return contentLoader(options);
}

/** Organisations: YAML files, checked the same way. */
export function yamlContent(options: { pattern: string; base: string; rules: FeatureRules }): Loader {
  return contentLoader(options);
}
