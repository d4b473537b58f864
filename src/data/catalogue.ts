import { getCollection, render, type CollectionEntry } from 'astro:content';
import { documentUrl, newestFirst, undatedYear } from '../lib/documents.ts';
import type { RegisterRow } from '../views/validity-register.ts';
import { documentDateSortKey, documentDateText, documentYear, exactDay, type DocumentDate } from '../lib/dates.ts';
import { validityText } from '../lib/kinds.ts';
import { unknownPublisherName } from '../lib/provenance.ts';
import type { TermUse } from '../lib/glossary/link-terms.ts';
import { usageByTerm, type TermUsage } from '../lib/glossary/usage.ts';
import { readingAids, type ReadingCandidate } from '../lib/related-documents.ts';
import { buildDate } from '../features/validity/build-date.ts';
import { PolicyIndex } from '../features/validity/policy-index.ts';
import { statusWithDate } from '../features/validity/status.ts';
import { compiledBySite } from '../features/interpretation/rules.ts';
import { versionParts, type EarlierVersion, type VersionChange, type VersionHistory, type VersionStep } from '../features/versions/history.ts';
import { documentTimeline, type DocumentTimeline } from '../views/document-timeline.ts';

export type DocumentEntry = CollectionEntry<'documents'>;
export type OrganisationEntry = CollectionEntry<'organisations'>;
export type TermEntry = CollectionEntry<'glossary'>;
export type VersionEntry = CollectionEntry<'versions'>;

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
  /** 有效 / 失效 / 废止, or 未标注 when neither the source nor staff state it, on the day of the build */
  validity: string;
  /** the same with its date where it has one: 失效（2023-12-31 到期） */
  validityText: string;
}

let cache: Promise<{ documents: DocumentEntry[]; organisations: Map<string, OrganisationEntry>; terms: TermEntry[]; versions: VersionEntry[]; policies: PolicyIndex }> | undefined;

/** Loads the collections once per build. */
export function loadCatalogue() {
  cache ??= (async () => {
    const [documents, organisations, terms, versions] = await Promise.all([
      getCollection('documents'),
      getCollection('organisations'),
      getCollection('glossary'),
      getCollection('versions'),
    ]);
    return {
      documents,
      organisations: new Map(organisations.map((org) => [org.id, org])),
      terms,
      versions,
      policies: policyIndexOf(documents),
    };
  })();
  return cache;
}

export function organisationName(organisations: Map<string, OrganisationEntry>, id: string): string {
  return organisations.get(id)?.data.name ?? id;
}

/** The publisher's name, or 发布机构不详 when the source does not name one; a 解读 this site compiled says so. */
export function publisherName(organisations: Map<string, OrganisationEntry>, doc: DocumentEntry): string {
  if (!doc.data.publisher && doc.data.interpretedBy === compiledBySite) return compiledBySite;
  return doc.data.publisher ? organisationName(organisations, doc.data.publisher.id) : unknownPublisherName;
}

/** Every document's validity on the day of the build (BUILD_DATE, else today), its replacements and its 解读. */
function policyIndexOf(documents: readonly DocumentEntry[]): PolicyIndex {
  const records = documents.map((doc) => ({
    id: doc.id,
    kind: doc.data.kind,
    validity: doc.data.validity,
    validityChangedOn: doc.data.validityChangedOn,
    validityReason: doc.data.validityReason,
    validFrom: doc.data.validFrom,
    validUntil: doc.data.validUntil,
    supersededBy: doc.data.supersededBy?.id,
    interprets: doc.data.interprets?.map((target) => target.id),
  }));
  return new PolicyIndex(records, buildDate());
}

export async function listings(): Promise<DocumentListing[]> {
  const { documents, organisations, policies } = await loadCatalogue();
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
      validity: policies.statusOf(doc.id).status,
      validityText: statusWithDate(policies.statusOf(doc.id)),
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

let timelineCache: Promise<Map<string, DocumentTimeline>> | undefined;

/** Every document's validity, replacement, 解读 and versions on the day of the build (src/views/document-timeline.ts). */
export function documentTimelines(): Promise<Map<string, DocumentTimeline>> {
  timelineCache ??= (async () => {
    const { documents, organisations, versions, policies } = await loadCatalogue();
    const plain = new Map(
      documents.map((doc) => [
        doc.id,
        {
          id: doc.id,
          title: doc.data.title,
          language: doc.data.language,
          kind: doc.data.kind,
          publisherName: publisherName(organisations, doc),
          dateText: documentDateText(doc.data.date),
          interpretedBy: doc.data.interpretedBy,
          changes: doc.data.changes,
        },
      ]),
    );
    const earlier = new Map<string, EarlierVersion[]>();
    for (const version of versions) {
      const parts = versionParts(version.id);
      if (parts) earlier.set(parts.documentId, [...(earlier.get(parts.documentId) ?? []), { date: parts.date, note: version.data.note, dateNote: version.data.dateNote, title: version.data.title }]);
    }
    return new Map(documents.map((doc) => [doc.id, documentTimeline(doc.id, plain, policies, earlier.get(doc.id) ?? [])]));
  })();
  return timelineCache;
}

/** Every earlier version and every change between versions, with the entries the pages render. */
export async function versionPages(): Promise<{
  versions: { doc: DocumentEntry; version: VersionEntry; step: VersionStep; history: VersionHistory }[];
  changes: { doc: DocumentEntry; change: VersionChange; before: { html: string }; after: { html: string } }[];
}> {
  const { documents, versions } = await loadCatalogue();
  const timelines = await documentTimelines();
  const byId = new Map(documents.map((doc) => [doc.id, doc]));
  const versionEntries = new Map(versions.map((version) => [version.id, version]));
  const pages: Awaited<ReturnType<typeof versionPages>> = { versions: [], changes: [] };
  for (const [id, timeline] of timelines) {
    const history = timeline.history;
    const doc = byId.get(id)!;
    if (!history) continue;
    const htmlOf = (step: VersionStep) => ({ html: (step.current ? doc.rendered?.html : versionEntries.get(`${id}/${step.date}`)?.rendered?.html) ?? '' });
    for (const step of history.versions) {
      if (!step.current) pages.versions.push({ doc, version: versionEntries.get(`${id}/${step.date}`)!, step, history });
    }
    for (const change of history.changes) {
      const from = history.versions.find((step) => step.date === change.from)!;
      const to = history.versions.find((step) => step.date === change.to)!;
      pages.changes.push({ doc, change, before: htmlOf(from), after: htmlOf(to) });
    }
  }
  return pages;
}

/** Every document but the 解读 (they follow their documents), as the list of documents by validity shows them. */
export async function registerRows(): Promise<RegisterRow[]> {
  const { documents, organisations, policies } = await loadCatalogue();
  const timelines = await documentTimelines();
  return documents
    .filter((doc) => doc.data.kind !== 'interpretation')
    .map((doc) => ({
      id: doc.id,
      title: doc.data.title,
      href: documentUrl(doc.id),
      lang: doc.data.language,
      documentNumber: doc.data.documentNumber,
      publisherId: doc.data.publisher?.id,
      publisherName: publisherName(organisations, doc),
      dateText: documentDateText(doc.data.date),
      year: documentYear(doc.data.date) ?? undatedYear,
      sortKey: documentDateSortKey(doc.data.date),
      status: policies.statusOf(doc.id),
      replacement: timelines.get(doc.id)!.replacement,
    }));
}
