/**
 * A unit named in a task note is matched to an organisation file by its exact name (or the file's shortName). When
 * two organisations answer to one name (two offices both called 党政办), the one under the document's publisher wins;
 * if that does not settle it, the name stays unmatched and the content check says so.
 */
export interface OrganisationName {
  id: string;
  name: string;
  shortName?: string | undefined;
  parent?: string | undefined;
}

export type UnitMatch = { organisationId: string } | { unmatched: 'none' | 'ambiguous'; candidates: string[] };

function under(org: OrganisationName, ancestor: string, byId: ReadonlyMap<string, OrganisationName>): boolean {
  const seen = new Set<string>();
  for (let current: OrganisationName | undefined = org; current && !seen.has(current.id); current = current.parent ? byId.get(current.parent) : undefined) {
    if (current.id === ancestor) return true;
    seen.add(current.id);
  }
  return false;
}

export function matchUnit(name: string, organisations: readonly OrganisationName[], publisher?: string): UnitMatch {
  const candidates = organisations.filter((org) => org.name === name || org.shortName === name);
  if (candidates.length === 1) return { organisationId: candidates[0]!.id };
  if (candidates.length === 0) return { unmatched: 'none', candidates: [] };
  const byId = new Map(organisations.map((org) => [org.id, org]));
  const local = publisher ? candidates.filter((org) => under(org, publisher, byId)) : [];
  if (local.length === 1) return { organisationId: local[0]!.id };
  return { unmatched: 'ambiguous', candidates: candidates.map((org) => org.id) };
}
