import { parse, type HTMLElement, type Node } from 'node-html-parser';
import type { Folding, PhraseFolder } from '../../core/chinese/fold-table.ts';
import { tokenize } from './tokens.ts';
import { textChunks, type TextChunk } from './text-chunks.ts';
import { ignoredAttribute, lastAttribute, namedKindOf, readSearchAttributes, searchArticleSelector } from './contract.ts';

/** One page in the search index, read from the built HTML. */
export interface SearchRecord {
  url: string;
  content: string;
  language: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
  sort: Record<string, string>;
  /** names that put the page first for a query that is one of them: a term and its aliases, an organisation's names */
  names: string[];
  /** the page's own text in pieces, for excerpts (published beside the index, not given to Pagefind) */
  chunks: TextChunk[];
}

/** Language code for the token index: no stemming or segmenting by Pagefind, our tokens are the words. */
export const indexLanguage = 'und';

/**
 * Elements whose text is not the page's own: popovers repeat a term's definition; navigation, buttons and
 * labels such as 发布日期： or 内容概述 (marked searchIgnored, contract.ts) are the site's furniture, not the document.
 */
const skipped = new Set(['script', 'style', 'template', 'nav', 'svg', 'button']);
function isSkipped(element: HTMLElement): boolean {
  return (
    skipped.has(element.rawTagName?.toLowerCase() ?? '') ||
    element.getAttribute('role') === 'tooltip' ||
    element.hasAttribute(ignoredAttribute) ||
    element.hasAttribute('hidden')
  );
}

const blockTags = new Set(['p', 'div', 'section', 'li', 'tr', 'td', 'th', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'table', 'ol', 'ul', 'article', 'br', 'figure', 'aside', 'header', 'footer', 'blockquote', 'dd', 'dt', 'caption']);

/**
 * An article's searchable text in reading order: its blocks (paragraphs, cells, headings),
 * each with its whitespace collapsed, one per line; and where each section starts (so a
 * result can link to the section where the words are). Parts marked searchedLast (the
 * metadata table, the summary) come after the document's own text, so a result's excerpt
 * shows the document's words where it has them; they belong to no section (anchor '').
 */
export function articleText(article: HTMLElement): { text: string; anchors: [number, string][] } {
  const blocks: string[] = [];
  const anchors: [number, string][] = [];
  let buffer = '';
  let length = 0;
  const flush = () => {
    const block = buffer.replace(/\s+/g, ' ').trim();
    buffer = '';
    if (!block) return;
    blocks.push(block);
    length += (blocks.length > 1 ? 1 : 0) + block.length;
  };
  const deferred: HTMLElement[] = [];
  const nextBlockAt = () => length + (blocks.length > 0 ? 1 : 0);
  const walk = (node: Node, later = true) => {
    if (node.nodeType === 3) {
      buffer += node.text;
      return;
    }
    if (node.nodeType !== 1) return;
    const element = node as HTMLElement;
    if (isSkipped(element)) return;
    if (later && element.hasAttribute(lastAttribute)) {
      deferred.push(element);
      return;
    }
    const tag = element.rawTagName?.toLowerCase() ?? '';
    const block = blockTags.has(tag);
    if (block) flush();
    const id = element.getAttribute('id');
    // the section starts where its heading's text will start
    if (id && (/^h[2-6]$/.test(tag) || /^note-\d+$/.test(id))) anchors.push([nextBlockAt(), id]);
    for (const child of element.childNodes) walk(child, later);
    if (block) flush();
  };
  walk(article);
  flush();
  if (deferred.length > 0) anchors.push([nextBlockAt(), '']);
  for (const element of deferred) {
    walk(element, false);
    flush();
  }
  return { text: blocks.join('\n'), anchors };
}

export interface RecordFolding {
  folding: Folding;
  /** OpenCC's phrase conversion, used on Traditional pages only */
  phrases: PhraseFolder;
}

/** Reads a built page; returns null for pages that are not documents, terms or organisations. */
export function recordFromPage(html: string, url: string, { folding, phrases }: RecordFolding): SearchRecord | null {
  const root = parse(html);
  const article = root.querySelector(searchArticleSelector);
  const facts = article && readSearchAttributes((name) => article.getAttribute(name));
  if (!article || !facts) return null;
  const pageLanguage = root.querySelector('html')?.getAttribute('lang') ?? 'zh-Hans';
  const { text, anchors } = articleText(article);
  // a Simplified page's own characters are never changed: only Traditional text folds its ambiguous characters
  const tokens = tokenize(text, folding, pageLanguage === 'zh-Hant' ? phrases : undefined);
  const title = article.querySelector('h1')?.text.trim() ?? '';
  const document = facts.page === 'document' ? facts : undefined;
  const kind = document ? document.kind : namedKindOf[facts.page as keyof typeof namedKindOf];
  const filters: Record<string, string[]> = { kind: [kind] };
  if (document) {
    filters.publisher = [document.publisher];
    filters.year = [document.year];
    filters.validity = [document.validity];
    if (document.topic) filters.topic = [document.topic];
  }
  // every page has a sort key, so a sort by date keeps them all: undated documents and terms come last
  const sortKey = document?.sort || '0000-00-00';
  return {
    url,
    content: tokens.map((token) => token.code).join(' '),
    language: indexLanguage,
    meta: {
      title,
      kind,
      ...(document?.date ? { date: document.date } : {}),
      ...(document?.publisher ? { publisher: document.publisher } : {}),
      lang: pageLanguage,
    },
    filters: Object.fromEntries(Object.entries(filters).filter(([, values]) => values.every(Boolean))),
    sort: { date: sortKey },
    names: facts.page === 'document' ? [] : [...facts.names],
    chunks: textChunks(text, tokens, anchors),
  };
}
