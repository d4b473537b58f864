import { existsSync } from 'node:fs';
import { join } from 'node:path';
import GithubSlugger from 'github-slugger';
import type { Nodes, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified, type PluggableList } from 'unified';
import { VFile } from 'vfile';
import { blankFrontMatter } from '../../core/files.ts';
import { damageMessage, findDamage } from '../../core/chinese/damage.ts';
import type { ContentFile, ContentModel } from '../content-model.ts';
import type { Finding } from '../finding.ts';
import { bodyViolations } from '../rules/body-rules.ts';
import { compileErrorFindings, violationFinding } from '../rules/body-findings.ts';
import { progressLine } from '../../core/progress.ts';

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

/**
 * Checks every MDX body: that it parses, that it keeps to the content rule (src/content/rules/), that it
 * compiles with the site's own plugins (so an unknown [[名词]] fails here too), that links to documents, terms,
 * organisations, sections and files lead somewhere, that images exist in the site, and warns of damaged text.
 * `documentRules` are run on each document's parsed body in the same pass, so no body is parsed twice.
 */
export async function checkBodies(
  model: ContentModel,
  publicDir: string,
  plugins: { remarkPlugins: PluggableList },
  documentRules: (entry: ContentFile, tree: Root) => Finding[] = () => [],
): Promise<Finding[]> {
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
  // a document's own files (attachments, pictures) live in the content folder under files/ (src/content/document-files.ts)
  const publicFile = (path: string) => existsSync(/^\/files\//.test(path) ? join(model.root, decodeURIComponent(path)) : join(publicDir, decodeURIComponent(path)));

  // parse (GFM always: the table rule needs its tables) and run the remark plugins, as the build does before it
  // turns the tree into HTML: syntax errors and the plugins' own errors (an unknown [[名词]]) come out here,
  // without the cost of a full compile
  const processor = unified().use(remarkParse).use(remarkMdx).use(remarkGfm).use(plugins.remarkPlugins.filter((plugin) => plugin !== remarkGfm));
  const bodies = [...model.documents, ...model.glossary, ...model.versions];
  const progress = progressLine('内容检查：正文', bodies.length);
  for (const [done, entry] of bodies.entries()) {
    progress.update(done);
    let tree: Root;
    const file = new VFile({ path: entry.absolutePath, value: blankFrontMatter(entry.text) });
    try {
      tree = processor.parse(file) as Root;
    } catch (error) {
      findings.push(...compileErrorFindings(entry.file, entry.text, error));
      continue;
    }
    // the rules given for a document's body read the tree as parsed, before the plugins below change it
    if (entry.collection === 'documents') findings.push(...documentRules(entry, tree));
    findings.push(...bodyViolations(tree).map((violation) => violationFinding(entry.file, violation)));
    try {
      tree = (await processor.run(tree, file)) as Root;
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
        } else if (/^\/(?!\/)[^?]*\.[a-z0-9]+$/i.test(path) && !publicFile(path)) {
          // a file of the site (an attachment, a picture): it must be in public/, or the link leads nowhere
          findings.push({ severity: 'error', file: entry.file, line, message: `链接指向的文件不存在：${path}`, fix: '文件的附件放到 content/files/<类型>/<文件名>/ 下（/files/x/y/z.pdf 对应 content/files/x/y/z.pdf），其他文件放到 public/ 下对应位置，或改正文件名' });
        }
      }
      // pictures only: any other element with a src (a <script>) is the content rule's to refuse, said once
      const src = node.type === 'image' ? node.url : 'name' in node && node.name === 'img' ? attribute(node, 'src') : undefined;
      // addresses other than the site's own are the content rule's to refuse (above); here: the file is there
      if (src !== undefined && src.startsWith('/') && !src.startsWith('//') && !publicFile(src)) {
        findings.push({ severity: 'error', file: entry.file, line, message: `图片文件不存在：${src}`, fix: '把图片放到 public/ 下对应位置（/images/x.png 对应 public/images/x.png），或改正文件名' });
      }
    });
    // an earlier version keeps the text as it stood, damage and all: it is the record of what was corrected
    for (const damage of entry.collection === 'versions' ? [] : findDamage(entry.body)) {
      findings.push({
        severity: 'warning',
        file: entry.file,
        line: entry.bodyLine + damage.line - 1,
        message: damageMessage(damage),
        fix: '对照原件或上下文改正这些字符，并在 changes（修订记录）中写明',
      });
    }
  }
  progress.end();
  return findings;
}
