import { documentDateText, type DocumentDate } from '../core/dates.ts';
import type { Catalogue, DocumentEntry } from '../content/catalogue.ts';
import { publisherName } from '../content/publishers.ts';
import { newestFirst } from '../content/documents.ts';
import type { PolicyIndex } from '../features/validity/policy-index.ts';
import { statusWithDate } from '../features/validity/status.ts';

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

/** Every document as lists show it, newest first, with its validity on the day of the build. */
export function documentListings({ documents, organisations }: Pick<Catalogue, 'documents' | 'organisations'>, policies: PolicyIndex): DocumentListing[] {
  return newestFirst(
    documents.map((doc) => {
      const status = policies.statusOf(doc.id);
      return {
        id: doc.id,
        title: doc.data.title,
        kind: doc.data.kind,
        date: doc.data.date,
        dateText: documentDateText(doc.data.date),
        time: doc.data.time,
        language: doc.data.language,
        publisherId: doc.data.publisher?.id,
        publisherName: publisherName(organisations, doc),
        validity: status.status,
        validityText: statusWithDate(status),
      };
    }),
  );
}

/** What an organisation's pages list and count. */
export interface OrganisationDocuments {
  /** the documents it published */
  published: DocumentListing[];
  /** those that only name it (as a department responsible or assisting) */
  mentioning: DocumentListing[];
}

/**
 * Every organisation's documents, in one pass over the documents: the index of organisations and each
 * organisation's own pages say the same. A document names an organisation as a department responsible or assisting,
 * or, `namedIn`, in its tasks' 牵头/责任 units (organisation id → document ids: src/features/tasks).
 */
export function documentsByOrganisation(catalogue: Pick<Catalogue, 'documents' | 'organisations'>, listings: readonly DocumentListing[], namedIn: ReadonlyMap<string, ReadonlySet<string>> = new Map()): Map<string, OrganisationDocuments> {
  const byOrganisation = new Map([...catalogue.organisations.keys()].map((id): [string, OrganisationDocuments] => [id, { published: [], mentioning: [] }]));
  const named = new Map(catalogue.documents.map((doc) => [doc.id, new Set(doc.data.departments.map((department) => department.id))]));
  for (const [organisation, documents] of namedIn) for (const id of documents) named.get(id)?.add(organisation);
  for (const listing of listings) {
    if (listing.publisherId) byOrganisation.get(listing.publisherId)?.published.push(listing);
    for (const id of named.get(listing.id) ?? []) if (id !== listing.publisherId) byOrganisation.get(id)?.mentioning.push(listing);
  }
  return byOrganisation;
}

/** 发布 2 篇，文中提及 1 篇 */
export function organisationCountText(counts: { published: readonly unknown[]; mentioning: readonly unknown[] }): string {
  return `发布 ${counts.published.length} 篇${counts.mentioning.length ? `，文中提及 ${counts.mentioning.length} 篇` : ''}`;
}
