import { getCollection, render, type CollectionEntry } from 'astro:content';
import { newestFirst } from '../lib/documents.ts';
import { documentDateSortKey, documentDateText, exactDay, type DocumentDate } from '../lib/dates.ts';
import { validityText } from '../lib/kinds.ts';
import { unknownPublisherName } from '../lib/provenance.ts';
import type { TermUse } from '../lib/glossary/link-terms.ts';
import { usageByTerm, type TermUsage } from '../lib/glossary/usage.ts';
import { readingAids, type ReadingCandidate } from '../lib/related-documents.ts';

export type DocumentEntry = CollectionEntry<'documents'>;
export type OrganisationEntry = CollectionEntry<'organisations'>;
export type TermEntry = CollectionEntry<'glossary'>;

/** What list components need about a document, with its publisher's name resolved. */
export interface DocumentListing {
  id: string;
  title: string;
  kind: DocumentEntry['data']['kind'];
  date: DocumentDate;
  /** the date as lists show it: 2021-10-12, 约2011年, 日期不详 */
  dateText: string;
  time?: string | undefined;
  language: DocumentEntry['data']['language'];
  /** absent when the source does not name the publisher */
  publisherId?: string | undefined;
  publisherName: string;
  /** 有效 / 失效 / 废止, or 未标注 when neither the source nor staff state it */
  validity: string;
}

let cache: Promise<{ documents: DocumentEntry[]; organisations: Map<string, OrganisationEntry>; terms: TermEntry[] }> | undefined;

/** Loads the collections once per build. */
export function loadCatalogue() {
  cache ??= (async () => {
    const [documents, organisations, terms] = await Promise.all([
      getCollection('documents'),
      getCollection('organisations'),
      getCollection('glossary'),
    ]);
    return {
      documents,
      organisations: new Map(organisations.map((org) => [org.id, org])),
      terms,
    };
  })();
  return cache;
}

export function organisationName(organisations: Map<string, OrganisationEntry>, id: string): string {
  return organisations.get(id)?.data.name ?? id;
}

/** The publisher's name, or 发布机构不详 when the source does not name one. */
export function publisherName(organisations: Map<string, OrganisationEntry>, doc: DocumentEntry): string {
  return doc.data.publisher ? organisationName(organisations, doc.data.publisher.id) : unknownPublisherName;
}

export async function listings(): Promise<DocumentListing[]> {
  const { documents, organisations } = await loadCatalogue();
  return newestFirst(
    documents.map((doc) => ({
      id: doc.id,
      title: doc.data.title,
      kind: doc.data.kind,
      date: doc.data.date,
      dateText: documentDateText(doc.data.date),
      time: doc.data.time,
      language: doc.data.language,
      publisherId: doc.data.publisher?.id,
      publisherName: publisherName(organisations, doc),
      validity: validityText(doc.data.validity),
    })),
  );
}

/**
 * What an organisation's pages list and count: the documents it published, and those that only name it (as a
 * department responsible or assisting, or, `namedIn`, in a task's 牵头/责任 units: src/features/tasks). The index of
 * organisations and the organisation's own page say the same.
 */
export async function organisationDocuments(id: string, namedIn: ReadonlySet<string> = new Set()): Promise<{ published: DocumentListing[]; mentioning: DocumentListing[] }> {
  const { documents } = await loadCatalogue();
  const all = await listings();
  const named = new Set([...documents.filter((doc) => doc.data.departments.some((dept) => dept.id === id)).map((doc) => doc.id), ...namedIn]);
  const published = all.filter((doc) => doc.publisherId === id);
  return { published, mentioning: all.filter((doc) => doc.publisherId !== id && named.has(doc.id)) };
}

/** 发布 2 篇，提及 1 篇 */
export function organisationCountText(counts: { published: readonly unknown[]; mentioning: readonly unknown[] }): string {
  return `发布 ${counts.published.length} 篇${counts.mentioning.length ? `，文中提及 ${counts.mentioning.length} 篇` : ''}`;
}

let usageCache: Promise<Map<string, TermUsage[]>> | undefined;

/**
 * Where each glossary term is used, as the glossary linker counted it while
 * compiling each document (render() hands back what the remark plugin recorded).
 */
export function termUsage(): Promise<Map<string, TermUsage[]>> {
  usageCache ??= (async () => {
    const { documents } = await loadCatalogue();
    const perDocument = await Promise.all(
      documents.map(async (doc) => {
        const { remarkPluginFrontmatter } = await render(doc);
        return {
          id: doc.id,
          title: doc.data.title,
          language: doc.data.language,
          // the usage list orders by date within equal counts
          date: documentDateSortKey(doc.data.date),
          uses: (remarkPluginFrontmatter['termUses'] ?? []) as TermUse[],
        };
      }),
    );
    return usageByTerm(perDocument);
  })();
  return usageCache;
}

/** A document as the reading aids at the foot of another one name it. */
export interface DocumentBrief {
  id: string;
  title: string;
  language: string;
  /** the date as the page shows it (约2011年, 日期不详), and the day where the source gives one */
  dateText: string;
  day?: string | undefined;
  publisherName: string;
}

/** What a document page offers after its text: the previous and next in its series, and related documents with why. */
export interface DocumentReadingAids {
  previous?: DocumentBrief | undefined;
  next?: DocumentBrief | undefined;
  related: (DocumentBrief & { terms: string[]; topic?: string | undefined; samePublisher: boolean })[];
}

let aidsCache: Promise<Map<string, DocumentReadingAids>> | undefined;

/** Reading aids of every document, chosen once per build from the glossary terms each one uses, its topic and its publisher. */
export function documentReadingAids(): Promise<Map<string, DocumentReadingAids>> {
  aidsCache ??= (async () => {
    const [{ documents, organisations, terms }, usage] = await Promise.all([loadCatalogue(), termUsage()]);
    const termsOf = new Map<string, string[]>();
    for (const [termId, usages] of usage) for (const use of usages) termsOf.set(use.documentId, [...(termsOf.get(use.documentId) ?? []), termId]);
    const termName = new Map(terms.map((term) => [term.id, term.data.term]));
    const aids = readingAids(
      documents.map((doc) => ({
        id: doc.id,
        title: doc.data.title,
        kind: doc.data.kind,
        date: doc.data.date,
        time: doc.data.time,
        publisherId: doc.data.publisher?.id,
        language: doc.data.language,
        topic: doc.data.topic,
        terms: termsOf.get(doc.id) ?? [],
      })),
    );
    const brief = (doc: ReadingCandidate): DocumentBrief => ({
      id: doc.id,
      title: doc.title,
      language: doc.language,
      dateText: documentDateText(doc.date, doc.time),
      day: exactDay(doc.date),
      publisherName: doc.publisherId ? organisationName(organisations, doc.publisherId) : unknownPublisherName,
    });
    return new Map(
      [...aids].map(([id, { neighbours, related }]) => [
        id,
        {
          previous: neighbours.previous && brief(neighbours.previous),
          next: neighbours.next && brief(neighbours.next),
          related: related.map((entry) => ({
            ...brief(entry.document),
            terms: entry.terms.map((termId) => termName.get(termId) ?? termId),
            topic: entry.topic,
            samePublisher: entry.samePublisher,
          })),
        },
      ]),
    );
  })();
  return aidsCache;
}
