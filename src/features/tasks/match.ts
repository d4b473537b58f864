import { toSimplified } from '../../core/chinese/script.ts';

/**
 * A unit named in a task note is matched to an organisation file by its exact name (or the file's shortName), in
 * Simplified when the note writes it in Traditional. When two organisations answer to one name (two offices both
 * called 党政办), the one under the document's publisher wins; if that does not settle it, the name stays unmatched
 * and the content check says so.
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
  const named = (written: string) => organisations.filter((org) => org.name === written || org.shortName === written);
  let candidates = named(name);
  // a document in Traditional names the units in Traditional (城建辦): the organisation files write them in Simplified
  if (candidates.length === 0 && simplifiedName(name) !== name) candidates = named(simplifiedName(name));
  if (candidates.length === 1) return { organisationId: candidates[0]!.id };
  if (candidates.length === 0) return { unmatched: 'none', candidates: [] };
  const byId = new Map(organisations.map((org) => [org.id, org]));
  const local = publisher ? candidates.filter((org) => under(org, publisher, byId)) : [];
  if (local.length === 1) return { organisationId: local[0]!.id };
  return { unmatched: 'ambiguous', candidates: candidates.map((org) => org.id) };
}

const simplifiedNames = new Map<string, string>();

/** The same few hundred unit names recur in every plan: each is converted once. */
function simplifiedName(name: string): string {
  let simplified = simplifiedNames.get(name);
  if (simplified === undefined) simplifiedNames.set(name, (simplified = toSimplified(name)));
  return simplified;
}
