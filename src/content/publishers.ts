import { compiledBySite } from '../core/kinds.ts';
import type { DocumentEntry, OrganisationEntry } from './catalogue.ts';
import { unknownPublisherName } from './provenance.ts';

export function organisationName(organisations: ReadonlyMap<string, OrganisationEntry>, id: string): string {
  return organisations.get(id)?.data.name ?? id;
}

/** The publisher's name, or 发布机构不详 when the source does not name one; a 解读 this site compiled says so. */
export function publisherName(organisations: ReadonlyMap<string, OrganisationEntry>, doc: DocumentEntry): string {
  if (!doc.data.publisher && doc.data.interpretedBy === compiledBySite) return compiledBySite;
  return doc.data.publisher ? organisationName(organisations, doc.data.publisher.id) : unknownPublisherName;
}
