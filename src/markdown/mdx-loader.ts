import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { createMarkdownProcessor, parseFrontmatter } from '@astrojs/markdown-remark';
import type { Loader, LoaderContext } from 'astro/loaders';
import { glob } from 'astro/loaders';
import remarkMdx from 'remark-mdx';
import { compileErrorFindings } from '../lib/check/body-checks.ts';
import { formatFinding } from '../lib/check/finding.ts';
import { glossaryFingerprint } from './glossary-links.ts';
import { rehypePlugins, remarkPlugins, remarkRehypeOptions } from './plugins.ts';
import { needsMdxModuleKey, remarkStaticMdx } from './static-mdx.ts';

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
type RenderFunction = (entry: { id: string; data: Record<string, unknown>; body?: string; filePath?: string }) => Promise<Rendered>;
interface Rendered {
  html: string;
  metadata?: { frontmatter?: Record<string, unknown>; [key: string]: unknown };
}
/** What Astro hands its own loaders beyond the public LoaderContext. */
type InnerContext = LoaderContext & { entryTypes: Map<string, EntryType> };

async function createRenderer(config: LoaderContext['config'], failures: string[]): Promise<RenderFunction> {
  const processor = await createMarkdownProcessor({
    image: config.image,
    syntaxHighlight: config.markdown.syntaxHighlight,
    shikiConfig: config.markdown.shikiConfig,
    gfm: false,
    smartypants: false,
    // remark-mdx reads the file as MDX; remarkStaticMdx turns its HTML tags into elements
    remarkPlugins: [remarkMdx, remarkStaticMdx, ...remarkPlugins],
    rehypePlugins,
    remarkRehype: remarkRehypeOptions,
  });
  return async ({ data, filePath }) => {
    const path = filePath!;
    const text = await readFile(path, 'utf8');
    // the whole file with its front matter blanked: errors and links carry the file's own line numbers
    const body = parseFrontmatter(text, { frontmatter: 'empty-with-spaces' }).content;
    try {
      const result = await processor.render(body, { fileURL: pathToFileURL(path), frontmatter: { ...data } });
      return { html: result.code, metadata: { ...result.metadata, imagePaths: [...result.metadata.localImagePaths, ...result.metadata.remoteImagePaths] } };
    } catch (error) {
      const file = relative(process.cwd(), path).split('\\').join('/');
      const message = compileErrorFindings(file, text, error).map(formatFinding).join('\n');
      failures.push(message);
      throw new Error(message);
    }
  };
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
    load: async (context) => {
      const { entryTypes, store, config, generateDigest, watcher } = context as InnerContext;
      const mdxType = entryTypes.get('.mdx');
      if (!mdxType) throw new Error('MDX 内容需要 @astrojs/mdx：请在 astro.config.mjs 的 integrations 中加入 mdx()');
      const failures: string[] = [];
      const render = await createRenderer(config, failures);
      const key = `${sourceFingerprint(fileURLToPath(config.root))}\n${glossaryFingerprint()}\n`;
      const types = new Map(entryTypes);
      types.set('.mdx', { ...mdxType, getRenderFunction: async () => render });
      const wrappedStore = new Proxy(store, {
        get(target, property, receiver) {
          if (property !== 'set') return Reflect.get(target, property, receiver);
          return (entry: Parameters<typeof store.set>[0]) => {
            const frontmatter = (entry.rendered?.metadata as Rendered['metadata'])?.frontmatter;
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
      await inner.load({
        ...context,
        store: wrappedStore,
        entryTypes: types,
        generateDigest: (data) => generateDigest(typeof data === 'string' ? key + data : data),
      } as InnerContext);
      // the glob loader only logs a body that fails to render; a build must stop, naming the file, line and fix
      if (failures.length > 0 && !watcher) throw new Error(`正文无法生成：\n${failures.join('\n')}`);
    },
  };
}
