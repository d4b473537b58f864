import { loadCatalogue, type Catalogue } from '../content/catalogue.ts';
import { documentsNaming, type Ledger } from '../features/tasks/ledger.ts';
import { buildDate } from '../features/validity/build-date.ts';
import { taskLedger } from './body-records.ts';
import type { PolicyIndex } from '../features/validity/policy-index.ts';
import { documentTimelines, policyIndexOf, type DocumentTimeline } from './document-timeline.ts';
import { documentListings, documentsByOrganisation, type DocumentListing, type OrganisationDocuments } from './listings.ts';
import { registerRows } from './validity-register.ts';
import type { RegisterRow } from './validity-register.ts';
import { versionPages, type VersionPages } from './version-pages.ts';

/** What the pages of one build read, each part made once from the catalogue by the plain, tested builders beside this. */
export interface BuildData {
  catalogue: Catalogue;
  /** every document's validity on the day of the build (BUILD_DATE, else today), its replacements and its 解读 */
  policies: PolicyIndex;
  /** every document as lists show it, newest first */
  listings: DocumentListing[];
  /** each organisation's documents: those it published and those that name it (as a department, or in a task) */
  byOrganisation: Map<string, OrganisationDocuments>;
  /** every document's tasks, by organisation and leader */
  ledger: Ledger;
  /** each organisation's name, by id: how the 任务分工 pages name a unit */
  unitNames: Map<string, string>;
  /** every document's validity, replacement, 解读 and versions */
  timelines: Map<string, DocumentTimeline>;
  versionPages: VersionPages;
  /** the list of documents by validity */
  registerRows: RegisterRow[];
}

let cache: Promise<BuildData> | undefined;

/**
 * The one place the pages get their data: loaded and built once per build (as Starlight's route data is built once
 * from its collections), so a page looks up what it shows instead of searching the whole catalogue.
 */
export function buildData(): Promise<BuildData> {
  cache ??= (async () => {
    const [catalogue, ledger] = await Promise.all([loadCatalogue(), taskLedger()]);
    const policies = policyIndexOf(catalogue.documents, buildDate());
    const listings = documentListings(catalogue, policies);
    const timelines = documentTimelines(catalogue, policies);
    return {
      catalogue,
      policies,
      listings,
      byOrganisation: documentsByOrganisation(catalogue, listings, new Map([...ledger.byOrganisation].map(([id, tasks]) => [id, documentsNaming(tasks)]))),
      ledger,
      unitNames: new Map([...catalogue.organisations.values()].map((org) => [org.id, org.data.name])),
      timelines,
      versionPages: versionPages(catalogue, timelines),
      registerRows: registerRows(catalogue, policies, timelines),
    };
  })();
  return cache;
}
