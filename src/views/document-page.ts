import { documentDateChinese, documentDateSortKey, documentDateText, documentYear, exactDay, unknownDateText } from '../core/dates.ts';
import { kindLabels, unstatedValidity } from '../core/kinds.ts';
import { documentCardUrl, documentsUrl, documentUrl, figuresUrl, homeUrl, kindUrl, organisationUrl } from '../core/urls.ts';
import type { Catalogue, DocumentEntry, OrganisationEntry } from '../content/catalogue.ts';
import { describeAttachments, type AttachmentView } from '../content/document-files.ts';
import { sourceNotice, type OrganisationFacts, type SourceNotice } from '../content/provenance.ts';
import { publisherName } from '../content/publishers.ts';
import { documentJsonLd } from '../features/meta/json-ld.ts';
import type { ArticleMeta, ColumnMeta } from '../features/meta/official.ts';
import type { DocumentReadingAids } from '../features/related/reading-aids.ts';
import type { DocumentSearchFacts } from '../features/search/contract.ts';
import type { Ledger } from '../features/tasks/ledger.ts';
import { site } from '../site.config.ts';
import type { DocumentLink, DocumentTimeline } from './document-timeline.ts';
import { pageCacheKey } from './page-cache-key.ts';
import { documentTaskTable, type TaskTable } from './task-ledger.ts';

/**
 * Everything a document page shows beyond its rendered body, as plain data (Starlight builds its route data the same
 * way, utils/routing/data.ts): the page template only renders it. Built for every document in one pass over the
 * catalogue, so no page searches the whole list of documents.
 */
export interface DocumentPageView {
  id: string;
  title: string;
  summary: string;
  language: DocumentEntry['data']['language'];
  kind: DocumentEntry['data']['kind'];
  kindLabel: string;
  /** the publisher's name as shown: the organisation's, 发布机构不详, or 本站根据原文整理 for a compiled 解读 */
  publisherName: string;
  /** the publisher's page, where the source names one */
  publisher?: { name: string; href: string } | undefined;
  /** 转载说明 or 来源说明; none for this government's own documents, and none for a 解读 this site compiled */
  notice: SourceNotice | null;
  /** the day where the source gives one; the date as the page shows it; how a date that is not a day is known */
  day?: string | undefined;
  dateText: string;
  dateNote?: string | undefined;
  /** the latest change's date (最近更新) */
  updated?: string | undefined;
  /** validity on the day of the build, and how the page words it */
  validity: string;
  timeline: DocumentTimeline;
  /** the documents this one replaced */
  replaces: DocumentLink[];
  attachments: AttachmentView[];
  /** its 任务分工表 (units linked to the organisations they matched; links within the page itself are fragments alone) */
  tasks: TaskTable;
  /** how many key figures its 图解 has, and where the 图解 is */
  figureCount: number;
  figuresHref: string;
  breadcrumb: { label: string; href: string }[];
  search: DocumentSearchFacts;
  /** the share card, official meta tags and JSON-LD */
  card: string;
  column: ColumnMeta;
  article: ArticleMeta;
  jsonLd: Record<string, unknown>;
}

/** Where a document sits (首页 › 政务公开 › its kind); its own title follows as the page's heading, or as a step. */
export function documentTrail(kind: DocumentEntry['data']['kind']): { label: string; href: string }[] {
  return [
    { label: '首页', href: homeUrl },
    { label: '政务公开', href: documentsUrl },
    { label: kindLabels[kind], href: kindUrl(kind) },
  ];
}

/** The trail of a page about a part of a document (an earlier version, a 修订对照, its 图解): the document's, then the document, then the page. */
export function documentPartTrail(doc: Pick<DocumentEntry, 'id' | 'data'>, label: string): { label: string; href?: string }[] {
  return [...documentTrail(doc.data.kind), { label: doc.data.title, href: documentUrl(doc.id) }, { label }];
}

const organisationFacts = (org: OrganisationEntry): OrganisationFacts => ({ name: org.data.name, parent: org.data.parent?.id, description: org.data.description });

/** One document's page, from the maps built once for all of them. */
export function documentPageView(
  entry: DocumentEntry,
  context: { organisations: ReadonlyMap<string, OrganisationEntry>; facts: ReadonlyMap<string, OrganisationFacts>; timeline: DocumentTimeline; replaces: DocumentLink[]; contentRoot: string; tasks: TaskTable; figureCount: number },
): DocumentPageView {
  const { data } = entry;
  const { timeline } = context;
  const name = publisherName(context.organisations, entry);
  const publisher = data.publisher && { name, href: organisationUrl(data.publisher.id) };
  const publisherFacts = data.publisher && context.facts.get(data.publisher.id);
  const day = exactDay(data.date);
  const dateText = documentDateText(data.date, data.time);
  const validity = timeline.status.status;
  const updated = [...data.changes].sort((a, b) => b.date.localeCompare(a.date))[0]?.date;
  const kindLabel = kindLabels[data.kind];
  const card = documentCardUrl(entry.id);
  const keywords = [data.topic, kindLabel, publisher?.name].filter((word): word is string => Boolean(word));
  const origin = `https://${site.domain}`;
  // 附件: listed from the front matter, each linked to its published file where there is one
  const attachments = describeAttachments(context.contentRoot, entry.id, data.attachments);
  return {
    id: entry.id,
    title: data.title,
    summary: data.summary,
    language: data.language,
    kind: data.kind,
    kindLabel,
    publisherName: name,
    publisher,
    // a 解读 this site compiled says who compiled it (InterpretedDocuments), not that its publisher is unknown
    notice: timeline.compiled
      ? null
      : sourceNotice({
          publisher: data.publisher && publisherFacts && { id: data.publisher.id, facts: publisherFacts },
          publisherNote: data.publisherNote,
          source: data.source,
          organisations: context.facts,
          governmentName: site.publisher,
        }),
    day,
    dateText,
    dateNote: day === undefined ? data.dateNote : undefined,
    updated,
    validity,
    timeline,
    replaces: context.replaces,
    attachments,
    tasks: context.tasks,
    figureCount: context.figureCount,
    figuresHref: figuresUrl(entry.id),
    // where the document sits; its title is the heading just below, not repeated here
    breadcrumb: documentTrail(data.kind),
    search: { page: 'document', kind: kindLabel, publisher: name, date: dateText, sort: documentDateSortKey(data.date), year: documentYear(data.date) ?? unknownDateText, validity, topic: data.topic },
    card,
    column: { name: kindLabel, ...site.kindColumns[data.kind] },
    // a 解读 this site compiled is the site's: its card and meta say 本站根据原文整理, never the document's publisher
    article: { title: data.title, date: day, time: day ? data.time : undefined, dateText: documentDateChinese(data.date), contentSource: data.source.name, author: publisher?.name ?? (timeline.compiled ? name : undefined), keywords },
    jsonLd: documentJsonLd({
      kind: data.kind,
      title: data.title,
      summary: data.summary,
      url: `${origin}${documentUrl(entry.id)}`,
      image: `${origin}${card}`,
      date: day,
      time: data.time,
      dateText,
      dateNote: data.dateNote,
      reposted: data.source.repostedOn,
      modified: updated,
      language: data.language,
      publisher: publisher && { name, url: `${origin}${publisher.href}` },
      indexNumber: data.indexNumber,
      documentNumber: data.documentNumber,
      keywords,
      validity: validity === unstatedValidity ? undefined : validity,
      validityChangedOn: timeline.status.since,
      validUntil: timeline.status.validUntil,
      basedOn: timeline.interprets.map((doc) => ({ name: doc.title, url: `${origin}${doc.href}` })),
      compiledBy: timeline.compiled ? name : undefined,
      writtenOn: data.writtenOn,
      signer: data.signer,
      attachments: attachments.map((attachment) => ({ name: attachment.title, ...(attachment.href && { url: `${origin}${attachment.href}` }) })),
      site: { name: site.name, url: `${origin}/` },
      utcOffset: site.utcOffset,
    }),
  };
}

export interface DocumentRoute {
  params: { id: string };
  props: { entry: DocumentEntry; page: DocumentPageView; aids: DocumentReadingAids };
  cacheKey: string;
}

/**
 * Every document page: the organisations' facts and who replaced whom gathered once, then each page built from
 * lookups. The cache key covers all the page shows beyond its template: its entry (by digest), its view and its
 * reading aids.
 */
export function documentRoutes(
  { documents, organisations }: Pick<Catalogue, 'documents' | 'organisations'>,
  built: {
    timelines: ReadonlyMap<string, DocumentTimeline>;
    readingAids: ReadonlyMap<string, DocumentReadingAids>;
    ledger: Ledger;
    /** each document's key figures, as its body recorded them */
    figuresOf: ReadonlyMap<string, { figures: readonly unknown[] }>;
    contentRoot: string;
  },
): DocumentRoute[] {
  const facts = new Map([...organisations].map(([id, org]) => [id, organisationFacts(org)]));
  const replaces = new Map<string, DocumentLink[]>();
  for (const doc of documents) {
    const replacement = doc.data.supersededBy?.id;
    if (replacement) replaces.set(replacement, [...(replaces.get(replacement) ?? []), { id: doc.id, title: doc.data.title, href: documentUrl(doc.id), lang: doc.data.language }]);
  }
  return documents.map((entry) => {
    const page = documentPageView(entry, {
      organisations,
      facts,
      timeline: built.timelines.get(entry.id)!,
      replaces: replaces.get(entry.id) ?? [],
      contentRoot: built.contentRoot,
      tasks: documentTaskTable(built.ledger, entry.id, { local: true }),
      figureCount: built.figuresOf.get(entry.id)?.figures.length ?? 0,
    });
    const aids = built.readingAids.get(entry.id) ?? { related: [] };
    return { params: { id: entry.id }, props: { entry, page, aids }, cacheKey: pageCacheKey(entry.digest, page, aids) };
  });
}
