import { parse } from 'node-html-parser';
import { articleText } from '../features/search/records.ts';
import { formatChineseDate } from '../core/dates.ts';
import { changeGroups, diffParagraphs, diffText, trimContext, type ChangeGroup, type DiffParagraph } from '../features/versions/diff.ts';
import type { VersionChange, VersionHistory, VersionStep } from '../features/versions/history.ts';
import type { Catalogue, DocumentEntry, VersionEntry } from '../content/catalogue.ts';
import { documentUrl, versionUrl } from '../core/urls.ts';
import { versionName, type DocumentTimeline } from './document-timeline.ts';


/** The earlier versions' pages and the 修订对照 pages, with the entries they render. */
export interface VersionPages {
  versions: { doc: DocumentEntry; version: VersionEntry; step: VersionStep; history: VersionHistory }[];
  /** the two versions' entries, whose bodies the page reads from the body store */
  changes: { doc: DocumentEntry; change: VersionChange; before: DocumentEntry | VersionEntry; after: DocumentEntry | VersionEntry }[];
}

/** Every earlier version and every change between versions, from the documents' timelines. */
export function versionPages({ documents, versions }: Pick<Catalogue, 'documents' | 'versions'>, timelines: ReadonlyMap<string, DocumentTimeline>): VersionPages {
  const byId = new Map(documents.map((doc) => [doc.id, doc]));
  const versionEntries = new Map(versions.map((version) => [version.id, version]));
  const pages: VersionPages = { versions: [], changes: [] };
  for (const [id, timeline] of timelines) {
    const history = timeline.history;
    const doc = byId.get(id)!;
    if (!history) continue;
    const entryOf = (step: VersionStep) => (step.current ? doc : versionEntries.get(`${id}/${step.date}`)!);
    for (const step of history.versions) {
      if (!step.current) pages.versions.push({ doc, version: versionEntries.get(`${id}/${step.date}`)!, step, history });
    }
    for (const change of history.changes) {
      const from = history.versions.find((step) => step.date === change.from)!;
      const to = history.versions.find((step) => step.date === change.to)!;
      pages.changes.push({ doc, change, before: entryOf(from), after: entryOf(to) });
    }
  }
  return pages;
}

/** The text a reader reads in a rendered body, paragraph by paragraph (popovers and other furniture left out). */
export function bodyText(html: string): string {
  return articleText(parse(`<div>${html}</div>`)).text;
}

/** What an earlier version's page says at its top: which version it is, and that it is not the one in force. */
export function versionBanner(version: VersionStep, history: VersionHistory): { title: string; text: string; later: VersionStep[] } {
  const later = history.versions.filter((other) => other.date > version.date);
  return {
    title: `这是${versionName(version.date)}，不是现行版本`,
    text: `本页是本文件自${formatChineseDate(version.date)}起的文字，${later.length > 1 ? `此后修订过 ${later.length} 次` : '此后已修订'}，仅供查阅和比较。`,
    later,
  };
}

export interface ComparePage {
  change: VersionChange;
  fromName: string;
  toName: string;
  /** the two versions' pages: the later one is the document itself when it is the current version */
  fromHref: string;
  toHref: string;
  /** paragraphs with a change, numbered as in the later version, their unchanged text cut down around the changes */
  paragraphs: DiffParagraph[];
  unchangedParagraphs: number;
  groups: ChangeGroup[];
}

/** A 修订对照 page: the two versions' texts compared word by word, keeping only the paragraphs that changed. */
export function comparePage(documentId: string, change: VersionChange, beforeHtml: string, afterHtml: string): ComparePage {
  const parts = diffText(bodyText(beforeHtml), bodyText(afterHtml));
  const all = diffParagraphs(parts);
  const paragraphs = all.filter((paragraph) => paragraph.changed).map((paragraph) => ({ ...paragraph, parts: trimContext(paragraph.parts) }));
  return {
    change,
    fromName: versionName(change.from),
    toName: `${versionName(change.to)}${change.toCurrent ? '（现行版本）' : ''}`,
    fromHref: versionUrl(documentId, change.from),
    toHref: change.toCurrent ? documentUrl(documentId) : versionUrl(documentId, change.to),
    paragraphs,
    unchangedParagraphs: all.length - paragraphs.length,
    groups: changeGroups(parts),
  };
}
