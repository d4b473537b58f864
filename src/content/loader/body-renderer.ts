import { readFile } from 'node:fs/promises';
import { relative } from 'node:path';
import { rehypeHeadingIds } from '@astrojs/markdown-remark';
import { blankFrontMatter } from '../../core/files.ts';
import type { Root as HastRoot } from 'hast';
import type { Root } from 'mdast';
import rehypeRaw from 'rehype-raw';
import rehypeSanitize from 'rehype-sanitize';
import rehypeStringify from 'rehype-stringify';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import remarkRehype, { type Options as RemarkRehypeOptions } from 'remark-rehype';
import { unified, type PluggableList, type Processor } from 'unified';
import { VFile } from 'vfile';
import { formatFinding } from '../finding.ts';
import { sanitizeSchema } from '../rules/allowlist.ts';
import { bodyViolations } from '../rules/body-rules.ts';
import { compileErrorFindings, violationFinding } from '../rules/body-findings.ts';
import { decodeContentFile } from '../rules/file-text.ts';
import { remarkStaticMdx } from '../markdown/static-mdx.ts';

export interface RenderedBody {
  html: string;
  metadata: { frontmatter?: Record<string, unknown>; [key: string]: unknown };
}
/** A body's HTML, or the finding (file, line, fix) that says why it has none. */
export type BodyResult = { rendered: RenderedBody } | { failure: string };

/**
 * The site's own plugins for bodies (src/markdown.config.ts: remark-gfm, the glossary linker, the heading
 * anchors), handed to the renderer rather than imported by it: the content layer renders with whatever the
 * features plug in, and knows none of them.
 */
export interface BodyPipeline {
  remarkPlugins: PluggableList;
  rehypePlugins: PluggableList;
  remarkRehype: RemarkRehypeOptions;
  /** what besides a body's own file can change its HTML (the glossary): part of each body's cache key */
  inputsKey(): string;
  /** the folder those inputs are read from: the dev server renders the bodies again when a file there changes */
  inputsFolder(): string;
  /** the module that exports this pipeline as `bodyPipeline`, for the render threads to load */
  module: string;
}

/**
 * The one way a content body becomes HTML: remark-mdx reads the file, the body rules (src/content/rules/)
 * refuse anything outside them before anything is rendered, remarkStaticMdx turns the allowed tags and the site's
 * components into plain elements, the site's remark and rehype plugins run, and the sanitiser (hast-util-sanitize,
 * with the allowlist's schema) checks the result as a second wall. No body is ever compiled as a module, so
 * nothing in a content file runs on the build machine. The same steps as Astro's Markdown processor, less what
 * content may not use (code highlighting with inline styles, images from elsewhere or beside the file).
 */
export function createBodyProcessor(pipeline: BodyPipeline, options: { sanitize?: boolean } = {}): Processor<Root, Root, HastRoot, HastRoot, string> {
  const processor = unified()
    .use(remarkParse)
    .use(remarkMdx)
    .use(remarkStaticMdx)
    // remark-gfm first, then the glossary linker
    .use(pipeline.remarkPlugins)
    .use(remarkRehype, pipeline.remarkRehype)
    .use(pipeline.rehypePlugins)
    // Astro collects the headings (for the table of contents) once more after the site's plugins: so do we
    .use(rehypeHeadingIds)
    // and reads the tree again as a browser would (an HTML <p> inside a Markdown paragraph becomes its sibling)
    .use(rehypeRaw);
  if (options.sanitize !== false) processor.use(rehypeSanitize, sanitizeSchema);
  return processor.use(rehypeStringify) as unknown as Processor<Root, Root, HastRoot, HastRoot, string>;
}

/** Renders one content file's body as the site shows it. The loader's thread and its render workers run the same. */
export function createBodyRenderer(pipeline: BodyPipeline): (path: string, data: Record<string, unknown>) => Promise<BodyResult> {
  const processor = createBodyProcessor(pipeline);
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
          metadata: { headings: astro.headings ?? [], localImagePaths: [], remoteImagePaths: [], frontmatter: recordsOf(astro.frontmatter ?? {}, data), imagePaths: [] },
        },
      };
    } catch (error) {
      return { failure: compileErrorFindings(file, text, error).map(formatFinding).join('\n') };
    }
  };
}

/** What the body plugins added to the front matter they were given: their records, without a copy of the front matter. */
function recordsOf(frontmatter: Record<string, unknown>, data: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(frontmatter).filter(([field, value]) => !(field in data) || value !== data[field]));
}
