import { escapeXml, type FeedEntry } from '../../lib/meta/atom.ts';
import { isoDateTime } from '../../lib/meta/json-ld.ts';
import type { VersionHistory } from './history.ts';

export interface VersionedDocument {
  title: string;
  kindLabel: string;
  publisher: string;
  language: string;
  history: VersionHistory;
}

/**
 * Each new version of a document is news of its own: an entry dated by the day of the version (known even when the
 * document's own date is not), saying what changed and linking to its 修订对照.
 */
export function versionFeedEntries(doc: VersionedDocument, origin: string, utcOffset: string): FeedEntry[] {
  return doc.history.changes.map((change) => {
    const notes = change.notes.map((note) => note.note).join(' ') || '文字有修订。';
    const url = `${origin}${change.url}`;
    const when = isoDateTime(change.to, undefined, utcOffset);
    return {
      id: url,
      title: `${doc.title}（${change.to} 修订）`,
      url,
      published: when,
      updated: when,
      author: doc.publisher,
      category: doc.kindLabel,
      language: doc.language,
      summary: `新版本（${change.to}）：${notes}`,
      content: `<p>${escapeXml(`新版本（${change.to}）：${notes}`)}</p><p>${escapeXml(`与上一版本（${change.from}）逐字对照：`)}<a href="${escapeXml(url)}">${escapeXml('修订对照')}</a></p>`,
    };
  });
}
