import GithubSlugger from 'github-slugger';
import type { Nodes, Parent, PhrasingContent, Root, Text } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { CharFolder } from '../../core/chinese/fold.ts';
import type { TermMatcher } from './matcher.ts';
import { nearestNames } from './suggest.ts';
import { BodyFindingsError } from '../../content/finding.ts';

export interface GlossaryTerm {
  id: string;
  term: string;
  aliases: readonly string[];
  /** one sentence, shown in the popover */
  short: string;
}

/** How often a term is used in one section of a document; `section` is null before the first heading. */
export interface TermUse {
  termId: string;
  section: { id: string; title: string } | null;
  count: number;
}

/** `[[名词]]` or `[[显示文字|名词]]` naming a term that does not exist. */
export interface UnknownTerm {
  name: string;
  line: number;
  column: number;
  suggestions: string[];
}

export interface LinkTermsOptions {
  terms: ReadonlyMap<string, GlossaryTerm>;
  matcher: TermMatcher;
  fold: CharFolder;
  href: (termId: string) => string;
  /** the MDX source, to tell a written `[[…]]` from an escaped `\[\[…\]\]` */
  source: string;
  /** a term's own page does not link the term to itself */
  selfTermId?: string | undefined;
}

export interface LinkTermsResult {
  uses: TermUse[];
  unknown: UnknownTerm[];
}

/** Nodes whose text is never linked (it is code, or already a link, or markup). Text in them is not a use either when it is code. */
const codeTypes = new Set(['code', 'inlineCode', 'html', 'yaml', 'mdxjsEsm', 'mdxFlowExpression', 'mdxTextExpression', 'definition']);
const unlinkedTypes = new Set(['heading', 'link', 'linkReference']);
const unlinkedElements = new Set(['a', 'abbr', 'code', 'pre', 'kbd', 'samp', 'sup', 'sub', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'button', 'label']);
const explicitPattern = /\[\[([^[\]|\n]+?)(?:\|([^[\]\n]+?))?\]\]/g;

interface JsxElementNode {
  type: 'mdxJsxFlowElement' | 'mdxJsxTextElement';
  name: string | null;
  attributes: { type: string; name?: string }[];
}

function isJsxElement(node: Nodes): node is Nodes & JsxElementNode {
  return node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement';
}

/**
 * Finds the glossary terms in an MDX tree and links the first use of each term
 * in every section to the term's page, with its short definition in a popover;
 * gives every heading a stable id (the section anchors that "used in" lists point
 * at); counts every use. Headings, links, code and inline markup such as note
 * markers are never linked; explicit `[[名词]]` always is.
 */
export function linkTerms(tree: Root, options: LinkTermsOptions): LinkTermsResult {
  const { terms, matcher, fold, href, source, selfTermId } = options;
  const slugger = new GithubSlugger();
  const counts = new Map<string, TermUse>();
  const order: TermUse[] = [];
  const unknown: UnknownTerm[] = [];
  let section: TermUse['section'] = null;
  let linkedInSection = new Set<string>();
  let tipNumber = 0;

  const foldAll = (text: string) => [...text.trim()].map(fold).join('');
  const byName = new Map<string, string>();
  for (const { termId, name } of matcher.names) byName.set(foldAll(name), termId);
  const allNames = [...terms.values()].flatMap((term) => [term.term, ...term.aliases]);

  function count(termId: string): void {
    if (termId === selfTermId) return;
    const key = `${termId}\u0000${section?.id ?? ''}`;
    let use = counts.get(key);
    if (!use) {
      use = { termId, section, count: 0 };
      counts.set(key, use);
      order.push(use);
    }
    use.count++;
  }

  function reference(termId: string, text: string): PhrasingContent {
    const term = terms.get(termId)!;
    const tipId = `term-tip-${++tipNumber}`;
    linkedInSection.add(termId);
    // custom nodes: remark-rehype turns them into the elements named by hName
    return {
      type: 'termReference',
      data: { hName: 'span', hProperties: { className: ['term-ref'] } },
      children: [
        {
          type: 'link',
          url: href(termId),
          title: null,
          data: { hProperties: { className: ['term-link'], ariaDescribedBy: tipId, dataTerm: termId } },
          children: [{ type: 'text', value: text }],
        },
        {
          type: 'termTip',
          data: { hName: 'span', hProperties: { id: tipId, role: 'tooltip', className: ['term-tip'], lang: 'zh-Hans', hidden: true, dataSearchIgnore: '' } },
          children: [{ type: 'text', value: term.short }],
        },
      ],
    } as unknown as PhrasingContent;
  }

  function plainMatches(value: string, linkable: boolean): PhrasingContent[] {
    const out: PhrasingContent[] = [];
    let at = 0;
    for (const match of matcher.find(value)) {
      count(match.termId);
      if (!linkable || match.termId === selfTermId || linkedInSection.has(match.termId)) continue;
      if (match.start > at) out.push({ type: 'text', value: value.slice(at, match.start) });
      out.push(reference(match.termId, value.slice(match.start, match.end)));
      at = match.end;
    }
    if (at < value.length) out.push({ type: 'text', value: value.slice(at) });
    return out;
  }

  function transformText(node: Text, linkable: boolean): PhrasingContent[] {
    const { value } = node;
    const raw = node.position ? source.slice(node.position.start.offset, node.position.end.offset) : value;
    const out: PhrasingContent[] = [];
    let at = 0;
    for (const explicit of value.matchAll(explicitPattern)) {
      // `\[\[…\]\]` in the source is text the writer escaped on purpose, not a term
      if (!raw.includes(explicit[0])) continue;
      const shown = explicit[1]!.trim();
      const name = (explicit[2] ?? explicit[1]!).trim();
      const termId = byName.get(foldAll(name));
      const start = explicit.index!;
      out.push(...plainMatches(value.slice(at, start), linkable));
      at = start + explicit[0].length;
      if (termId === undefined) {
        const before = value.slice(0, start);
        const lineBreaks = before.split('\n').length - 1;
        const line = (node.position?.start.line ?? 1) + lineBreaks;
        const column = lineBreaks === 0 ? (node.position?.start.column ?? 1) + start : start - before.lastIndexOf('\n');
        unknown.push({ name, line, column, suggestions: nearestNames(name, allNames, fold) });
        out.push({ type: 'text', value: shown });
        continue;
      }
      count(termId);
      out.push(linkable ? reference(termId, shown) : { type: 'text', value: shown });
    }
    out.push(...plainMatches(value.slice(at), linkable));
    return out;
  }

  function walk(parent: Parent, linkable: boolean): void {
    for (let i = 0; i < parent.children.length; i++) {
      const child = parent.children[i] as Nodes;
      if (child.type === 'text') {
        const replacement = transformText(child, linkable);
        parent.children.splice(i, 1, ...(replacement as typeof parent.children));
        i += replacement.length - 1;
        continue;
      }
      if (codeTypes.has(child.type) || !('children' in child)) continue;
      if (child.type === 'heading') {
        const title = toString(child);
        child.data ??= {};
        const properties = (child.data.hProperties ??= {});
        if (typeof properties['id'] !== 'string') properties['id'] = slugger.slug(title);
        section = { id: properties['id'] as string, title };
        linkedInSection = new Set();
        walk(child, false);
        continue;
      }
      if (isJsxElement(child)) {
        if (child.attributes.some((attribute) => 'name' in attribute && attribute.name === 'data-no-terms')) continue;
        walk(child as unknown as Parent, linkable && !unlinkedElements.has(child.name ?? ''));
        continue;
      }
      walk(child as Parent, linkable && !unlinkedTypes.has(child.type));
    }
  }

  walk(tree, true);
  return { uses: order, unknown };
}

/** What is wrong with one explicit term, without the place. */
export function unknownTermProblem({ name, suggestions }: UnknownTerm): string {
  const hint = suggestions.length > 0 ? `最接近的已有名词：${suggestions.join('、')}` : '没有相近的已有名词';
  return `名词“${name}”不存在（${hint}）`;
}

export const unknownTermFix = '把 [[…]] 中的名词改成名词解释中已有的名词或别名；或在 content/glossary/ 下新建这个名词的文件；或去掉 [[ ]]，作为普通文字。';

/** The message a staff member sees for explicit terms that do not exist. */
export function unknownTermsMessage(file: string, unknown: readonly UnknownTerm[]): string {
  return [...unknown.map((term) => `${file}:${term.line}:${term.column} ${unknownTermProblem(term)}。`), `改法：${unknownTermFix}`].join('\n');
}

/** Thrown by the glossary plugin; carries the terms, so the renderer and the check report each at its own line. */
export class UnknownTermsError extends BodyFindingsError {
  readonly unknown: readonly UnknownTerm[];

  constructor(file: string, unknown: readonly UnknownTerm[]) {
    super(unknownTermsMessage(file, unknown), unknown.map((term) => ({ line: term.line, column: term.column, message: unknownTermProblem(term), fix: unknownTermFix })));
    this.name = 'UnknownTermsError';
    this.unknown = unknown;
  }
}
