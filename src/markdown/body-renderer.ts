import { readFile } from 'node:fs/promises';
import { relative } from 'node:path';
import { rehypeHeadingIds } from '@astrojs/markdown-remark';
import { blankFrontMatter } from '../core/files.ts';
import type { Root as HastRoot } from 'hast';
import type { Root } from 'mdast';
import rehypeRaw from 'rehype-raw';
import rehypeSanitize from 'rehype-sanitize';
import rehypeStringify from 'rehype-stringify';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified, type Processor } from 'unified';
import { VFile } from 'vfile';
import { compileErrorFindings, violationFinding } from '../lib/check/body-checks.ts';
import { formatFinding } from '../lib/check/finding.ts';
import { sanitizeSchema } from '../lib/content-rules/allowlist.ts';
import { bodyViolations } from '../lib/content-rules/body-rules.ts';
import { decodeContentFile } from '../lib/content-rules/file-text.ts';
import { rehypePlugins, remarkPlugins, remarkRehypeOptions } from './plugins.ts';
import { remarkStaticMdx } from './static-mdx.ts';

export interface RenderedBody {
  html: string;
  metadata: { frontmatter?: Record<string, unknown>; [key: string]: unknown };
}
/** A body's HTML, or the finding (file, line, fix) that says why it has none. */
export type BodyResult = { rendered: RenderedBody } | { failure: string };

/**
 * The one way a content body becomes HTML: remark-mdx reads the file, the body rules (src/lib/content-rules/)
 * refuse anything outside them before anything is rendered, remarkStaticMdx turns the allowed tags and the site's
 * components into plain elements, the site's remark and rehype plugins run, and the sanitiser (hast-util-sanitize,
 * with the allowlist's schema) checks the result as a second wall. No body is ever compiled as a module, so
 * nothing in a content file runs on the build machine. The same steps as Astro's Markdown processor, less what
 * content may not use (code highlighting with inline styles, images from elsewhere or beside the file).
 */
export function createBodyProcessor(options: { sanitize?: boolean } = {}): Processor<Root, Root, HastRoot, HastRoot, string> {
  const processor = unified()
    .use(remarkParse)
    .use(remarkMdx)
    .use(remarkStaticMdx)
    // remark-gfm first, then the glossary linker
    .use(remarkPlugins)
    .use(remarkRehype, remarkRehypeOptions)
    .use(rehypePlugins as never)
    // Astro collects the headings (for the table of contents) once more after the site's plugins: so do we
    .use(rehypeHeadingIds)
    // and reads the tree again as a browser would (an HTML <p> inside a Markdown paragraph becomes its sibling)
    .use(rehypeRaw);
  if (options.sanitize !== false) processor.use(rehypeSanitize, sanitizeSchema);
  return processor.use(rehypeStringify) as unknown as Processor<Root, Root, HastRoot, HastRoot, string>;
}

/** Renders one content file's body as the site shows it. The loader's thread and its render workers run the same. */
export function createBodyRenderer(): (path: string, data: Record<string, unknown>) => Promise<BodyResult> {
  const processor = createBodyProcessor();
  return async (path, data) => {
    const file = relative(process.cwd(), path).split('\\').join('/');
    const decoded = decodeContentFile(await readFile(path));
    if ('problem' in decoded) {
      return { failure: formatFinding({ severity: 'error', file, line: decoded.problem.line, message: decoded.problem.why, fix: decoded.problem.instead }) };
    }
    const text = decoded.text;
    // the whole file with its front matter blanked: errors and links carry the file's own line numbers
    const body = blankFrontMatter(text);
    const vfile = new VFile({ path, value: body, data: { astro: { frontmatter: { ...data } } } });
    try {
      const tree = processor.parse(vfile);
      const violations = bodyViolations(tree);
      if (violations.length > 0) return { failure: violations.map((violation) => formatFinding(violationFinding(file, violation))).join('\n') };
      const html = processor.stringify(await processor.run(tree, vfile), vfile);
      const astro = (vfile.data as { astro?: { frontmatter?: Record<string, unknown>; headings?: unknown[] } }).astro ?? {};
      return {
        rendered: {
          html,
          metadata: { headings: astro.headings ?? [], localImagePaths: [], remoteImagePaths: [], frontmatter: astro.frontmatter ?? {}, imagePaths: [] },
        },
      };
    } catch (error) {
      return { failure: compileErrorFindings(file, text, error).map(formatFinding).join('\n') };
    }
  };
}
