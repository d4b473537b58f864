import { parse } from 'node-html-parser';
import { articleText } from '../lib/search/records.ts';
import { formatChineseDate } from '../lib/dates.ts';
import { changeGroups, diffParagraphs, diffText, trimContext, type ChangeGroup, type DiffParagraph } from '../features/versions/diff.ts';
import type { VersionChange, VersionHistory, VersionStep } from '../features/versions/history.ts';
import { versionName } from './document-timeline.ts';

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
  /** paragraphs with a change, numbered as in the later version, their unchanged text cut down around the changes */
  paragraphs: DiffParagraph[];
  unchangedParagraphs: number;
  groups: ChangeGroup[];
}

/** A 修订对照 page: the two versions' texts compared word by word, keeping only the paragraphs that changed. */
export function comparePage(change: VersionChange, beforeHtml: string, afterHtml: string): ComparePage {
  const parts = diffText(bodyText(beforeHtml), bodyText(afterHtml));
  const all = diffParagraphs(parts);
  const paragraphs = all.filter((paragraph) => paragraph.changed).map((paragraph) => ({ ...paragraph, parts: trimContext(paragraph.parts) }));
  return {
    change,
    fromName: versionName(change.from),
    toName: `${versionName(change.to)}${change.toCurrent ? '（现行版本）' : ''}`,
    paragraphs,
    unchangedParagraphs: all.length - paragraphs.length,
    groups: changeGroups(parts),
  };
}
