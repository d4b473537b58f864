import { parse, type HTMLElement, type Node } from 'node-html-parser';
import { encodeToken, tokenize, type FoldTable } from './tokens.ts';

/** One page in the search index, read from the built HTML. */
export interface SearchRecord {
  url: string;
  content: string;
  language: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
  sort: Record<string, string>;
  /** names (term and aliases) when the page is a glossary term */
  names: string[];
}

/** Language code for the token index: no stemming or segmenting by Pagefind, our tokens are the words. */
export const indexLanguage = 'und';

/** Elements whose text is not the page's own (popovers repeat a term's definition, furniture). */
const skipped = new Set(['script', 'style', 'template', 'nav', 'svg', 'button']);
function isSkipped(element: HTMLElement): boolean {
  return (
    skipped.has(element.rawTagName?.toLowerCase() ?? '') ||
    element.getAttribute('role') === 'tooltip' ||
    element.hasAttribute('data-search-ignore') ||
    element.hasAttribute('data-pagefind-ignore') ||
    element.hasAttribute('hidden')
  );
}

const blockTags = new Set(['p', 'div', 'section', 'li', 'tr', 'td', 'th', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'table', 'ol', 'ul', 'article', 'br', 'figure', 'aside', 'header', 'footer', 'blockquote', 'dd', 'dt']);

/**
 * Tokens of an article's text in reading order, with where each section starts
 * (so a result can link to the section where the words are).
 */
export function articleTokens(article: HTMLElement, table: FoldTable): { tokens: string[]; sections: { at: number; id: string; title: string }[] } {
  const tokens: string[] = [];
  const sections: { at: number; id: string; title: string }[] = [];
  let buffer = '';
  const flush = () => {
    if (buffer) for (const token of tokenize(buffer, table)) tokens.push(encodeToken(token.text));
    buffer = '';
  };
  const walk = (node: Node) => {
    if (node.nodeType === 3) {
      buffer += node.text;
      return;
    }
    if (node.nodeType !== 1) return;
    const element = node as HTMLElement;
    if (isSkipped(element)) return;
    const tag = element.rawTagName?.toLowerCase() ?? '';
    const block = blockTags.has(tag);
    if (block) flush();
    const id = element.getAttribute('id');
    if (id && (/^h[2-6]$/.test(tag) || /^note-\d+$/.test(id))) {
      sections.push({ at: tokens.length, id, title: element.text.trim().slice(0, 40) });
    }
    for (const child of element.childNodes) walk(child);
    if (block) flush();
  };
  walk(article);
  flush();
  return { tokens, sections };
}

/** Reads a built page; returns null for pages that are not documents or terms. */
export function recordFromPage(html: string, url: string, table: FoldTable): SearchRecord | null {
  const root = parse(html);
  const article = root.querySelector('article[data-search]');
  if (!article) return null;
  const { tokens, sections } = articleTokens(article, table);
  const kind = article.getAttribute('data-search') === 'term' ? 'term' : 'document';
  const title = article.querySelector('h1')?.text.trim() ?? '';
  const pageLanguage = root.querySelector('html')?.getAttribute('lang') ?? 'zh-Hans';
  const date = article.getAttribute('data-search-date') ?? '';
  const attribute = (name: string) => article.getAttribute(name)?.trim() ?? '';
  const filters: Record<string, string[]> = { kind: [attribute('data-search-kind')] };
  if (kind === 'document') {
    filters.publisher = [attribute('data-search-publisher')];
    filters.year = [date.slice(0, 4)];
    filters.validity = [attribute('data-search-validity')];
    if (attribute('data-search-topic')) filters.topic = [attribute('data-search-topic')];
  }
  return {
    url,
    content: tokens.join(' '),
    language: indexLanguage,
    meta: {
      title,
      kind: attribute('data-search-kind'),
      ...(date ? { date } : {}),
      ...(attribute('data-search-publisher') ? { publisher: attribute('data-search-publisher') } : {}),
      lang: pageLanguage,
      sections: JSON.stringify(sections.map((section) => [section.at, section.id, section.title])),
    },
    filters: Object.fromEntries(Object.entries(filters).filter(([, values]) => values.every(Boolean))),
    sort: date ? { date } : {},
    names: kind === 'term' ? attribute('data-search-names').split('|').filter(Boolean) : [],
  };
}
