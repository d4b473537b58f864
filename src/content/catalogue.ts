import { getCollection, type CollectionEntry } from 'astro:content';

export type DocumentEntry = CollectionEntry<'documents'>;
export type OrganisationEntry = CollectionEntry<'organisations'>;
export type TermEntry = CollectionEntry<'glossary'>;
export type VersionEntry = CollectionEntry<'versions'>;

/** The collections as the pages read them. */
export interface Catalogue {
  documents: DocumentEntry[];
  organisations: Map<string, OrganisationEntry>;
  terms: TermEntry[];
  versions: VersionEntry[];
}

let cache: Promise<Catalogue> | undefined;

/**
 * Build-time access to the collections, loaded once per build. What the pages make of them is built in plain,
 * tested modules (src/views/), from the catalogue as it is loaded here.
 */
export function loadCatalogue(): Promise<Catalogue> {
  cache ??= (async () => {
    const [documents, organisations, terms, versions] = await Promise.all([getCollection('documents'), getCollection('organisations'), getCollection('glossary'), getCollection('versions')]);
    return { documents, organisations: new Map(organisations.map((org) => [org.id, org])), terms, versions };
  })();
  return cache;
}
