import { groupByPinyin, pinyinKey, type LetterGroup } from '../core/chinese/pinyin.ts';
import { documentDateChinese, documentDateSortKey, exactDay } from '../core/dates.ts';
import { glossaryLabel } from '../core/kinds.ts';
import { documentUrl, glossaryUrl, homeUrl, termCardUrl, termUrl } from '../core/urls.ts';
import type { Catalogue, DocumentEntry, TermEntry } from '../content/catalogue.ts';
import { publisherName } from '../content/publishers.ts';
import type { TermUsage } from '../features/glossary/usage.ts';
import { termJsonLd } from '../features/meta/json-ld.ts';
import type { ArticleMeta } from '../features/meta/official.ts';
import { site } from '../site.config.ts';
import { pageCacheKey } from './page-cache-key.ts';

/** What a glossary term's page shows beyond its definition (the rendered body), as plain data. */
export interface TermPageView {
  term: string;
  aliases: string[];
  short: string;
  /** the document that defines it, linked to its note or section, and where in it */
  source?: { title: string; href: string; lang: string; noteNumber?: number | undefined; paragraph?: string | undefined } | undefined;
  /** every document that uses it, most uses first, with the sections */
  usages: TermUsage[];
  totalUses: number;
  breadcrumb: { label: string; href: string }[];
  card: string;
  article: ArticleMeta;
  jsonLd: Record<string, unknown>;
}

export function termPageView(term: TermEntry, source: DocumentEntry | undefined, usages: TermUsage[], organisations: Catalogue['organisations']): TermPageView {
  const { data } = term;
  const origin = `https://${site.domain}`;
  const card = termCardUrl(term.id);
  // where the definition comes from: its note in the 名词解释, else the section it was drawn from
  const anchor = data.noteNumber ? `#note-${data.noteNumber}` : data.sourceSection ? `#${data.sourceSection}` : '';
  return {
    term: data.term,
    aliases: data.aliases,
    short: data.short,
    source: source && { title: source.data.title, href: `${documentUrl(source.id)}${anchor}`, lang: source.data.language, noteNumber: data.noteNumber, paragraph: data.paragraph },
    usages,
    totalUses: usages.reduce((sum, usage) => sum + usage.total, 0),
    breadcrumb: [
      { label: '首页', href: homeUrl },
      { label: glossaryLabel, href: glossaryUrl },
    ],
    card,
    // a term is dated and published with its source document: only a day the source gives, otherwise its date in words
    article: {
      title: data.term,
      date: source && exactDay(source.data.date),
      dateText: source && documentDateChinese(source.data.date),
      contentSource: source?.data.title ?? site.name,
      author: source ? source.data.publisher && publisherName(organisations, source) : site.publisher,
      keywords: [data.term, ...data.aliases, glossaryLabel],
    },
    jsonLd: termJsonLd({
      term: data.term,
      aliases: data.aliases,
      short: data.short,
      url: `${origin}${termUrl(term.id)}`,
      image: `${origin}${card}`,
      glossaryUrl: `${origin}${glossaryUrl}`,
      source: source && { title: source.data.title, url: `${origin}${documentUrl(source.id)}` },
    }),
  };
}

export interface TermRoute {
  params: { id: string };
  props: { term: TermEntry; page: TermPageView };
  cacheKey: string;
}

/** Every term page, each keyed by its entry and all it shows: its source document and every use across the documents. */
export function termRoutes({ terms, documents, organisations }: Pick<Catalogue, 'terms' | 'documents' | 'organisations'>, usage: ReadonlyMap<string, TermUsage[]>): TermRoute[] {
  const byId = new Map(documents.map((doc) => [doc.id, doc]));
  return terms.map((term) => {
    const page = termPageView(term, byId.get(term.data.sourceDocument.id), usage.get(term.id) ?? [], organisations);
    return { params: { id: term.id }, props: { term, page }, cacheKey: pageCacheKey(term.digest, page) };
  });
}

/** The glossary's index: the terms by the pinyin of their first letter, and by the document that defines them. */
export interface GlossaryIndex {
  count: number;
  byLetter: LetterGroup<{ href: string; term: string; short: string; documents: number }>[];
  bySource: { id: string; anchor: string; title: string; href: string; lang: string; terms: { term: string; href: string; noteNumber?: number | undefined }[] }[];
}

export function glossaryIndex({ terms, documents }: Pick<Catalogue, 'terms' | 'documents'>, usage: ReadonlyMap<string, TermUsage[]>): GlossaryIndex {
  const items = terms.map((term) => ({ href: termUrl(term.id), term: term.data.term, short: term.data.short, documents: usage.get(term.id)?.length ?? 0 }));
  const defined = new Map<string, TermEntry[]>();
  for (const term of terms) defined.set(term.data.sourceDocument.id, [...(defined.get(term.data.sourceDocument.id) ?? []), term]);
  // the same terms by the document that defines them, newest first, in the order of its notes
  const bySource = documents
    .filter((doc) => defined.has(doc.id))
    .sort((a, b) => documentDateSortKey(b.data.date).localeCompare(documentDateSortKey(a.data.date)) || a.id.localeCompare(b.id))
    .map((doc) => ({
      id: doc.id,
      anchor: `source-${doc.id.replace(/\//g, '-')}`,
      title: doc.data.title,
      href: documentUrl(doc.id),
      lang: doc.data.language,
      terms: defined
        .get(doc.id)!
        .sort((a, b) => (a.data.noteNumber ?? 99) - (b.data.noteNumber ?? 99) || pinyinKey(a.data.term).localeCompare(pinyinKey(b.data.term)))
        .map((term) => ({ term: term.data.term, href: termUrl(term.id), noteNumber: term.data.noteNumber })),
    }));
  return { count: terms.length, byLetter: groupByPinyin(items, (item) => item.term), bySource };
}
