import { existsSync } from 'node:fs';
import { join } from 'node:path';
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
import { bodyViolations, type BodyViolation } from '../content-rules/body-rules.ts';

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

/** What MDX's parser reports, in staff's words: which slip it usually is, and how to write it. */
function syntaxExplanation(error: { reason?: string; message: string; ruleId?: string; source?: string }): { why: string; instead: string } {
  const reason = error.reason ?? error.message;
  const rule = error.ruleId ?? '';
  const source = error.source ?? '';
  const braces = '正文中的大括号 { } 表示程序代码：当作文字时写成 \\{ 和 \\}；注释写成 {/* 注释 */}';
  const angle = '正文中的 < 表示标签的开头：当作文字时写成 \\<（如 指标\\<5%）';
  if (source.includes('mdx-expression') || rule === 'acorn' || rule === 'unexpected-empty-expression') {
    return { why: '大括号 { } 中的内容不是注释，会被当作程序代码读，却读不懂', instead: braces };
  }
  if (rule === 'non-esm' || source.includes('mdxjs-esm')) {
    return { why: '以 import 或 export 开头的行会被当作程序代码', instead: '这是正文文字时，在行首加一个空格；正文不能 import/export 任何东西' };
  }
  if (source.includes('mdx-jsx') && reason.includes('`!`')) return { why: 'HTML 注释 <!-- --> 在这里不能用', instead: '注释写成 {/* 注释 */}' };
  if (rule === 'end-tag-mismatch' || rule === 'unexpected-closing-slash' || rule === 'unexpected-self-closing-slash') {
    const tags = [...reason.matchAll(/`(<\/?[^`]*>)`/g)].map((match) => match[1]).join('、');
    return { why: `标签没有正确闭合${tags ? `（${tags}）` : ''}`, instead: `每个 <标签> 都要有对应的 </标签>，并写在同一个段落里；不需要标签时把 < 写成 \\<` };
  }
  if (rule === 'unexpected-lazy') return { why: '标签里的列表或引用，每一行都要有同样的缩进或 > 开头', instead: '把标签中的每一行对齐；或把标签和列表之间各空一行' };
  if (rule === 'unexpected-attribute') return { why: '标签的属性写法不对', instead: '属性写成 名称="文字"，属性之间用空格分开' };
  if (rule.startsWith('unexpected-eof')) return { why: '标签或大括号没有写完就到了文件末尾', instead: `${angle}；${braces}` };
  if (source.includes('mdx-jsx')) return { why: '这里的 < 被当作标签的开头，但后面不是一个完整的标签', instead: angle };
  return { why: '这一行有正文不能读懂的写法', instead: `${angle}；${braces}；纯文本可以用 npm run import 导入，会自动转义` };
}

/** Staff words for what MDX could not read, at its line and column, with the usual cause. */
function compileFinding(file: string, text: string, error: { line?: number; column?: number; reason?: string; message: string; ruleId?: string; source?: string }): Finding {
  const line = error.line ?? undefined;
  const sourceLine = line ? text.split(/\r?\n/)[line - 1]?.trim() : undefined;
  const { why, instead } = syntaxExplanation(error);
  return {
    severity: 'error',
    file,
    line,
    column: line ? error.column : undefined,
    message: `正文无法读懂${sourceLine ? `这一行：“${sourceLine.slice(0, 60)}”` : '这个文件'}：${why}`,
    fix: instead,
  };
}

/** What compiling a file's body threw, as findings: each unknown [[名词]] on its own line, or the MDX syntax error. */
export function compileErrorFindings(file: string, text: string, error: unknown): Finding[] {
  if (error instanceof UnknownTermsError) {
    return error.unknown.map((term) => ({ severity: 'error' as const, file, line: term.line, column: term.column, message: unknownTermProblem(term), fix: unknownTermFix }));
  }
  const parserMessage = error as { line?: number; reason?: string; message: string; ruleId?: string; source?: string };
  if (error instanceof Error && parserMessage.source === undefined && parserMessage.ruleId === undefined) {
    // not something MDX could not read but a fault of the site's own code: say so, with what it said, for its maintainers
    return [{ severity: 'error', file, message: `生成正文时网站程序出错（${error.message.split('\n')[0]}）`, fix: '这不是内容的问题：请把这条信息告诉网站的维护人员' }];
  }
  return [compileFinding(file, text, parserMessage)];
}

/** A place where a body breaks the content rule, as a finding: what was found, why not, and what to write. */
export function violationFinding(file: string, violation: BodyViolation): Finding {
  return {
    severity: 'error',
    file,
    line: violation.line,
    column: violation.column,
    message: violation.why.includes(violation.found) ? violation.why : `${violation.found}：${violation.why}`,
    fix: violation.instead,
  };
}

/**
 * Checks every MDX body: that it parses, that it keeps to the content rule (src/lib/content-rules/), that it
 * compiles with the site's own plugins (so an unknown [[名词]] fails here too), that links to documents, terms,
 * organisations, sections and files lead somewhere, that images exist in the site, and warns of damaged text.
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
  // a document's own files (attachments, pictures) live in the content folder under files/ (src/lib/document-files.ts)
  const publicFile = (path: string) => existsSync(/^\/files\//.test(path) ? join(model.root, decodeURIComponent(path)) : join(publicDir, decodeURIComponent(path)));

  // parse (GFM always: the table rule needs its tables) and run the remark plugins, as the build does before it
  // turns the tree into HTML: syntax errors and the plugins' own errors (an unknown [[名词]]) come out here,
  // without the cost of a full compile
  const processor = unified().use(remarkParse).use(remarkMdx).use(remarkGfm).use(plugins.remarkPlugins.filter((plugin) => plugin !== remarkGfm) as never);
  for (const entry of [...model.documents, ...model.glossary, ...model.versions]) {
    let tree: Root;
    const file = new VFile({ path: entry.absolutePath, value: blankFrontMatter(entry.text) });
    try {
      tree = processor.parse(file) as Root;
    } catch (error) {
      findings.push(...compileErrorFindings(entry.file, entry.text, error));
      continue;
    }
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
  return findings;
}
