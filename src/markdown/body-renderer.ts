import { readFile } from 'node:fs/promises';
import { relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createMarkdownProcessor, parseFrontmatter, type AstroMarkdownOptions } from '@astrojs/markdown-remark';
import remarkMdx from 'remark-mdx';
import { compileErrorFindings } from '../lib/check/body-checks.ts';
import { formatFinding } from '../lib/check/finding.ts';
import { rehypePlugins, remarkPlugins, remarkRehypeOptions } from './plugins.ts';
import { remarkStaticMdx } from './static-mdx.ts';

/** The parts of Astro's config the Markdown processor reads: plain data, so a worker thread can be given them. */
export type RenderSettings = Pick<AstroMarkdownOptions, 'image' | 'syntaxHighlight' | 'shikiConfig'>;

export interface RenderedBody {
  html: string;
  metadata: { frontmatter?: Record<string, unknown>; [key: string]: unknown };
}
/** A body's HTML, or the finding (file, line, fix) that says why it has none. */
export type BodyResult = { rendered: RenderedBody } | { failure: string };

/**
 * Renders one content file's body as the site shows it: remark-mdx reads the file as MDX, remarkStaticMdx turns its
 * HTML tags into elements, then the site's own remark and rehype plugins. The same function runs on the loader's
 * thread and in its render workers (src/markdown/render-pool.ts).
 */
export async function createBodyRenderer(settings: RenderSettings): Promise<(path: string, data: Record<string, unknown>) => Promise<BodyResult>> {
  const processor = await createMarkdownProcessor({
    ...settings,
    gfm: false,
    smartypants: false,
    remarkPlugins: [remarkMdx, remarkStaticMdx, ...remarkPlugins],
    rehypePlugins,
    remarkRehype: remarkRehypeOptions,
  });
  return async (path, data) => {
    const text = await readFile(path, 'utf8');
    // the whole file with its front matter blanked: errors and links carry the file's own line numbers
    const body = parseFrontmatter(text, { frontmatter: 'empty-with-spaces' }).content;
    try {
      const result = await processor.render(body, { fileURL: pathToFileURL(path), frontmatter: { ...data } });
      return { rendered: { html: result.code, metadata: { ...result.metadata, imagePaths: [...result.metadata.localImagePaths, ...result.metadata.remoteImagePaths] } } };
    } catch (error) {
      const file = relative(process.cwd(), path).split('\\').join('/');
      return { failure: compileErrorFindings(file, text, error).map(formatFinding).join('\n') };
    }
  };
}
