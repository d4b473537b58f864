import { isoDateTime } from './json-ld.ts';

/**
 * Atom 1.0 (RFC 4287) feeds, written by hand: a few elements, every text escaped.
 * A document's entry is "updated" by a major change or a change of validity (GOV.UK
 * practice), so subscribers hear of those and not of typo fixes.
 */

export interface FeedDocument {
  title: string;
  url: string;
  summary: string;
  kindLabel: string;
  publisher: string;
  /** YYYY-MM-DD, HH:MM */
  date: string;
  time?: string | undefined;
  language: string;
  changes: readonly { date: string; note: string; major: boolean }[];
  /** undefined when neither the source nor staff state it */
  validity?: string | undefined;
  validityChangedOn?: string | undefined;
  validityReason?: string | undefined;
  /** other dated news about the document (a 解读: the document it interprets was repealed) */
  notices?: readonly { date: string; note: string }[] | undefined;
}

export interface FeedEntry {
  id: string;
  title: string;
  url: string;
  published: string;
  updated: string;
  author: string;
  category: string;
  language: string;
  summary: string;
  /** HTML, escaped into the feed */
  content: string;
}

export interface Feed {
  id: string;
  title: string;
  subtitle: string;
  selfUrl: string;
  siteUrl: string;
  author: string;
  entries: readonly FeedEntry[];
}

export function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');
}

/** The changes a subscriber is told about: major change notes, and the loss of validity. */
export function announcedChanges(doc: FeedDocument): { date: string; note: string }[] {
  const changes = [...doc.changes.filter((change) => change.major).map(({ date, note }) => ({ date, note })), ...(doc.notices ?? [])];
  if ((doc.validity === '失效' || doc.validity === '废止') && doc.validityChangedOn) {
    changes.push({ date: doc.validityChangedOn, note: `本文件已${doc.validity}${doc.validityReason ? `：${doc.validityReason}` : ''}` });
  }
  return changes.sort((a, b) => b.date.localeCompare(a.date));
}

export function feedEntry(doc: FeedDocument, utcOffset: string): FeedEntry {
  const published = isoDateTime(doc.date, doc.time, utcOffset);
  const changes = announcedChanges(doc);
  const latest = changes[0];
  const updated = latest && latest.date > doc.date ? isoDateTime(latest.date, undefined, utcOffset) : published;
  const content = [
    `<p>${escapeXml(doc.summary)}</p>`,
    changes.length > 0 ? `<p>修订记录：</p><ul>${changes.map((change) => `<li>${change.date}：${escapeXml(change.note)}</li>`).join('')}</ul>` : '',
  ].join('');
  return {
    id: doc.url,
    title: doc.title,
    url: doc.url,
    published,
    updated,
    author: doc.publisher,
    category: doc.kindLabel,
    language: doc.language,
    summary: latest ? `${doc.summary}（${latest.date} 修订：${latest.note}）` : doc.summary,
    content,
  };
}

/** Newest news first: by the date a subscriber last heard of the document. */
export function sortEntries(entries: readonly FeedEntry[]): FeedEntry[] {
  return [...entries].sort((a, b) => b.updated.localeCompare(a.updated) || b.published.localeCompare(a.published) || a.id.localeCompare(b.id));
}

export function atomFeed(feed: Feed): string {
  const entries = sortEntries(feed.entries);
  const updated = entries[0]?.updated ?? '1970-01-01T00:00:00Z';
  const lines = [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="zh-Hans">',
    `  <id>${escapeXml(feed.id)}</id>`,
    `  <title>${escapeXml(feed.title)}</title>`,
    `  <subtitle>${escapeXml(feed.subtitle)}</subtitle>`,
    `  <link rel="self" type="application/atom+xml" href="${escapeXml(feed.selfUrl)}"/>`,
    `  <link rel="alternate" type="text/html" href="${escapeXml(feed.siteUrl)}"/>`,
    `  <updated>${updated}</updated>`,
    `  <author><name>${escapeXml(feed.author)}</name></author>`,
    ...entries.map((entry) =>
      [
        `  <entry xml:lang="${escapeXml(entry.language)}">`,
        `    <id>${escapeXml(entry.id)}</id>`,
        `    <title>${escapeXml(entry.title)}</title>`,
        `    <link rel="alternate" type="text/html" href="${escapeXml(entry.url)}"/>`,
        `    <published>${entry.published}</published>`,
        `    <updated>${entry.updated}</updated>`,
        `    <author><name>${escapeXml(entry.author)}</name></author>`,
        `    <category term="${escapeXml(entry.category)}"/>`,
        `    <summary>${escapeXml(entry.summary)}</summary>`,
        `    <content type="html">${escapeXml(entry.content)}</content>`,
        '  </entry>',
      ].join('\n'),
    ),
    '</feed>',
    '',
  ];
  return lines.join('\n');
}
