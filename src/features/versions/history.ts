import { isRealIsoDate } from '../../lib/dates.ts';
import { documentUrl } from '../../lib/documents.ts';

/**
 * Versions (修订) of a document. The document's own file is the current version; each earlier version is a file
 * content/versions/<kind>/<name>/<YYYY-MM-DD>.mdx holding the text as it stood from that day. A change from one
 * version to the next is explained by the document's change notes (changes) dated after the earlier version and up
 * to the later one; the current version is dated by the latest change note.
 */

export interface ChangeNote {
  date: string;
  note: string;
  major: boolean;
}

export interface EarlierVersion {
  date: string;
  note: string;
  dateNote?: string | undefined;
  title?: string | undefined;
}

export interface VersionStep {
  date: string;
  note: string;
  dateNote?: string | undefined;
  title?: string | undefined;
  current: boolean;
  url: string;
}

/** One change between two versions: what it was (the change notes), and the page that shows it word by word. */
export interface VersionChange {
  from: string;
  to: string;
  notes: ChangeNote[];
  url: string;
  /** the later version is the current one */
  toCurrent: boolean;
}

export interface VersionHistory {
  /** oldest first; the last is the current version */
  versions: VersionStep[];
  /** oldest first */
  changes: VersionChange[];
}

export function versionUrl(documentId: string, date: string): string {
  return `${documentUrl(documentId)}versions/${date}/`;
}

/** The 修订对照 page of the change that made the version of `date`. */
export function changeUrl(documentId: string, date: string): string {
  return `${documentUrl(documentId)}changes/${date}/`;
}

/** A version file's id (speech/x/2022-07-17) read into its document and date; null when it is not of that form. */
export function versionParts(id: string): { documentId: string; date: string } | null {
  const parts = id.split('/');
  const date = parts.at(-1) ?? '';
  if (parts.length !== 3 || !isRealIsoDate(date)) return null;
  return { documentId: parts.slice(0, 2).join('/'), date };
}

/** The date of the current version: the latest change note, when it is later than every earlier version. */
export function currentVersionDate(earlier: readonly { date: string }[], changes: readonly ChangeNote[]): string | undefined {
  const latestChange = [...changes].map((change) => change.date).sort().at(-1);
  const latestVersion = [...earlier].map((version) => version.date).sort().at(-1);
  return latestChange && (!latestVersion || latestChange > latestVersion) ? latestChange : undefined;
}

/** A document's versions and the changes between them; null when it has no earlier version (or no change after it). */
export function versionHistory(documentId: string, earlier: readonly EarlierVersion[], changes: readonly ChangeNote[]): VersionHistory | null {
  if (earlier.length === 0) return null;
  const current = currentVersionDate(earlier, changes);
  if (!current) return null;
  const sorted = [...earlier].sort((a, b) => a.date.localeCompare(b.date));
  const versions: VersionStep[] = [
    ...sorted.map((version) => ({ ...version, current: false, url: versionUrl(documentId, version.date) })),
    { date: current, note: '现行版本', current: true, url: documentUrl(documentId) },
  ];
  const steps = versions.slice(1).map((to, index) => {
    const from = versions[index]!;
    return {
      from: from.date,
      to: to.date,
      notes: changes.filter((change) => change.date > from.date && change.date <= to.date).sort((a, b) => a.date.localeCompare(b.date)),
      url: changeUrl(documentId, to.date),
      toCurrent: to.current,
    };
  });
  return { versions, changes: steps };
}
