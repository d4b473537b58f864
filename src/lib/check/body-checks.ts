import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import GithubSlugger from 'github-slugger';
import type { Nodes, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import { damageMessage, findDamage } from '../importer/damage.ts';
import { UnknownTermsError, unknownTermFix, unknownTermProblem } from '../glossary/link-terms.ts';
import type { ContentFile, ContentModel } from './content-model.ts';
import type { Finding } from './finding.ts';

/** The file's text with its front matter blanked, so line numbers stay those of the file (as Astro compiles it). */
export function blankFrontMatter(text: string): string {
  return parseFrontmatter(text, { frontmatter: 'empty-with-spaces' }).content;
}

const parser = unified().use(remarkParse).use(remarkMdx).use(remarkGfm);

export function parseBody(entry: ContentFile): Root | null {
  try {
    return parser.parse(blankFrontMatter(entry.text)) as Root;
  } catch {
    return null; // the compile check reports it
  }
}

function attribute(node: Nodes, name: string): string | undefined {
  if (node.type !== 'mdxJsxFlowElement' && node.type !== 'mdxJsxTextElement') return undefined;
  const found = node.attributes.find((item) => item.type === 'mdxJsxAttribute' && item.name === name);
  return found && typeof found.value === 'string' ? found.value : undefined;
}

function visit(node: Nodes, each: (node: Nodes) => void): void {
  each(node);
  if ('children' in node) for (const child of node.children) visit(child as Nodes, each);
}

/** Ids a link can point at in a document: its section headings (named as the site names them) and explicit ids such as note-1. */
export function anchorsOf(tree: Root): Set<string> {
  const slugger = new GithubSlugger();
  const anchors = new Set<string>();
  visit(tree, (node) => {
    if (node.type === 'heading') anchors.add(slugger.slug(toString(node)));
    const id = attribute(node, 'id');
    if (id) anchors.add(id);
  });
  return anchors;
}

/** Staff words for what MDX could not read, with the usual cause in Chinese text. */
function compileFinding(file: string, text: string, error: { line?: number; reason?: string; message: string }): Finding {
  const line = error.line ?? undefined;
  const sourceLine = line ? text.split('\n')[line - 1]?.trim() : undefined;
  return {
    severity: 'error',
    file,
    line,
    message: `MDX 无法解析${sourceLine ? `这一行：“${sourceLine.slice(0, 60)}”` : '这个文件'}（${(error.reason ?? error.message).split('\n')[0]}）`,
    fix: '正文里的 { } < > 是 MDX 语法：当作文字时写成 \\{ \\} \\< \\>；纯文本可用 npm run import 导入，会自动转义。',
  };
}

/** What compiling a file's body threw, as findings: each unknown [[名词]] on its own line, or the MDX syntax error. */
export function compileErrorFindings(file: string, text: string, error: unknown): Finding[] {
  if (error instanceof UnknownTermsError) {
    return error.unknown.map((term) => ({ severity: 'error' as const, file, line: term.line, message: unknownTermProblem(term), fix: unknownTermFix }));
  }
  return [compileFinding(file, text, error as { line?: number; reason?: string; message: string })];
}

/**
 * Checks every MDX body: that it compiles with the site's own plugins (so an
 * unknown [[名词]] fails here too), that links to documents, terms, organisations
 * and sections lead somewhere, that images exist in the site, and warns of
 * damaged text.
 */
export async function checkBodies(model: ContentModel, publicDir: string, plugins: { remarkPlugins: unknown[] }): Promise<Finding[]> {
  const findings: Finding[] = [];
  const trees = new Map<ContentFile, Root | null>();
  const treeOf = (entry: ContentFile) => {
    if (!trees.has(entry)) trees.set(entry, parseBody(entry));
    return trees.get(entry)!;
  };
  const anchorsById = new Map<string, Set<string> | null>();
  const documents = new Map(model.documents.map((entry) => [entry.id, entry]));
  const anchorsOfDocument = (id: string) => {
    if (!anchorsById.has(id)) {
      const tree = documents.has(id) ? treeOf(documents.get(id)!) : null;
      anchorsById.set(id, tree ? anchorsOf(tree) : null);
    }
    return anchorsById.get(id) ?? new Set<string>();
  };
  const targets: Record<string, Set<string>> = {
    documents: new Set(documents.keys()),
    glossary: new Set(model.glossary.map((entry) => entry.id)),
    organisations: new Set(model.organisations.map((entry) => entry.id)),
  };

  // parse and run the remark plugins, as the build does before it turns the tree into HTML: syntax errors and
  // the plugins' own errors (an unknown [[名词]]) come out here, without the cost of a full compile
  const processor = unified().use(remarkParse).use(remarkMdx).use(plugins.remarkPlugins as never);
  for (const entry of [...model.documents, ...model.glossary]) {
    let tree: Root;
    try {
      const file = new VFile({ path: entry.absolutePath, value: blankFrontMatter(entry.text) });
      tree = (await processor.run(processor.parse(file), file)) as Root;
    } catch (error) {
      findings.push(...compileErrorFindings(entry.file, entry.text, error));
      continue;
    }
    const ownAnchors = anchorsOf(tree);
    visit(tree, (node) => {
      const line = node.position?.start.line;
      const href = node.type === 'link' ? node.url : attribute(node, 'href');
      if (href !== undefined) {
        const [path = '', anchor] = href.split('#');
        const internal = /^\/(documents|glossary|organisations)\/(.+?)\/?$/.exec(path);
        if (path === '' && anchor !== undefined && !ownAnchors.has(decodeURIComponent(anchor))) {
          findings.push({ severity: 'error', file: entry.file, line, message: `链接指向本文中不存在的位置 #${anchor}`, fix: '改成本文某个章节的 id（点章节标题可复制链接），或去掉链接' });
        } else if (internal) {
          const [, collection, id] = internal as unknown as [string, string, string];
          if (!targets[collection]!.has(id)) {
            findings.push({ severity: 'error', file: entry.file, line, message: `链接指向不存在的页面 ${path}`, fix: `核对地址：${collection}/ 下没有“${id}”；文件名就是网址` });
          } else if (anchor && collection === 'documents' && !anchorsOfDocument(id).has(decodeURIComponent(anchor))) {
            findings.push({ severity: 'error', file: entry.file, line, message: `链接指向 ${path} 中不存在的位置 #${anchor}`, fix: '打开目标文件的页面，点章节标题复制链接，使用其中 # 后面的部分' });
          }
        }
      }
      const src = node.type === 'image' ? node.url : attribute(node, 'src');
      if (src !== undefined) {
        if (/^[a-z]+:\/\//i.test(src) || src.startsWith('//')) {
          findings.push({ severity: 'error', file: entry.file, line, message: `图片来自其他网站：${src}`, fix: '把图片保存到 public/images/ 下，用 /images/文件名 引用：本站不从其他网站加载任何内容' });
        } else if (!src.startsWith('data:')) {
          // a document's own images live with its files in the content folder (src/lib/document-files.ts)
          const ownFile = /^\/files\//.test(src) ? join(model.root, decodeURIComponent(src)) : undefined;
          const file = ownFile ?? (src.startsWith('/') ? join(publicDir, decodeURIComponent(src)) : join(dirname(entry.absolutePath), decodeURIComponent(src)));
          if (!existsSync(file)) findings.push({ severity: 'error', file: entry.file, line, message: `图片文件不存在：${src}`, fix: '把图片放到 public/ 下对应位置（/images/x.png 对应 public/images/x.png），或改正文件名' });
        }
      }
    });
    for (const damage of findDamage(entry.body)) {
      findings.push({
        severity: 'warning',
        file: entry.file,
        line: entry.bodyLine + damage.line - 1,
        message: damageMessage(damage),
        fix: '对照原件或上下文改正这些字符，并在 changes（修订记录）中写明',
      });
    }
  }
  return findings;
}
