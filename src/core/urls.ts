import type { DocumentKind } from './kinds.ts';

/**
 * Every address of the site, in one place: pages, lists, feeds, share cards and a document's own files. Pages
 * link with these and the build steps write to them, so an address is changed here or nowhere. All end in / (the
 * site's pages are folders) except files. Paths only, and no imports: the browser's scripts use them too (the
 * canonical domain in front of them is site.config.ts's `absoluteUrl`).
 */

export const homeUrl = '/';
export const documentsUrl = '/documents/';
export const allDocumentsUrl = '/documents/all/';
export const organisationsUrl = '/organisations/';
export const glossaryUrl = '/glossary/';
export const searchUrl = '/search/';
export const feedsUrl = '/feeds/';
export const sitemapUrl = '/sitemap-index.xml';

export function documentUrl(id: string): string {
  return `${documentsUrl}${id}/`;
}

export function termUrl(id: string): string {
  return `${glossaryUrl}${id}/`;
}

export function organisationUrl(id: string): string {
  return `${organisationsUrl}${id}/`;
}

export function kindUrl(kind: DocumentKind): string {
  return `/kinds/${kind}/`;
}

/** The address part (/years/undated/) of the list of documents whose date is unknown. */
export const undatedYear = 'undated';

/** A year's list; undatedYear for the documents whose date is unknown. */
export function yearUrl(year: string): string {
  return `/years/${year}/`;
}

/** An earlier version of a document, at an address that never changes. */
export function versionUrl(documentId: string, date: string): string {
  return `${documentUrl(documentId)}versions/${date}/`;
}

/** The 修订对照 page of the change that made the version of `date`. */
export function changeUrl(documentId: string, date: string): string {
  return `${documentUrl(documentId)}changes/${date}/`;
}

/** 任务分工: every task of every document, by document, unit and leader. */
export const tasksUrl = '/tasks/';
/** A document's 任务分工表 as CSV. */
export function taskCsvUrl(documentId: string): string {
  return `${documentUrl(documentId)}tasks.csv`;
}

/** Every task an organisation leads or is responsible for, as CSV (its page lists the newest documents' tasks). */
export function organisationTaskCsvUrl(organisationId: string): string {
  return `${organisationUrl(organisationId)}tasks.csv`;
}

/** A document's 图解 (its key figures), and its share card. */
export function figuresUrl(documentId: string): string {
  return `${documentUrl(documentId)}figures/`;
}
export function figuresCardUrl(documentId: string): string {
  return `${cardsUrl}figures/${documentId}.png`;
}

/** The list of documents by validity, whole or for one publisher or one year. */
export const validityUrl = '/validity/';
export function validityPublisherUrl(publisher: string): string {
  return `${validityUrl}publisher/${publisher}/`;
}
export function validityYearUrl(year: string): string {
  return `${validityUrl}year/${year}/`;
}

/** The search page with a query in its address, as a result list is shared. */
export function searchQueryUrl(query: string): string {
  return `${searchUrl}?q=${encodeURIComponent(query)}`;
}

/** Atom feeds: every document, or one kind. */
export const documentsFeedUrl = `${feedsUrl}documents.xml`;
export function kindFeedUrl(kind: DocumentKind): string {
  return `${feedsUrl}${kind}.xml`;
}

/** Share cards: pages point og:image here and the card step writes here. */
export const cardsUrl = '/cards/';
export const siteCardUrl = `${cardsUrl}site.png`;
export function documentCardUrl(documentId: string): string {
  return `${cardsUrl}${documentId}.png`;
}
export function termCardUrl(termId: string): string {
  return `${cardsUrl}glossary/${termId}.png`;
}

/** A document's own files (attachments, body images), published from content/files/<kind>/<document>/. */
export const filesUrl = '/files/';
export function documentFileUrl(documentId: string, file: string): string {
  return `${filesUrl}${documentId}/${file}`;
}
