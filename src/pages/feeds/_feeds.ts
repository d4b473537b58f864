import { documentTimelines, loadCatalogue, publisherName } from '../../data/catalogue.ts';
import { versionFeedEntries } from '../../features/versions/feed.ts';
import { exactDay } from '../../lib/dates.ts';
import { atomFeed, feedEntry } from '../../lib/meta/atom.ts';
import { documentUrl } from '../../lib/documents.ts';
import { kindLabels, type DocumentKind } from '../../lib/kinds.ts';
import { site } from '../../site.config.ts';

const origin = `https://${site.domain}`;

/** The Atom feed of all documents, or of one kind; major changes update an entry. */
export async function documentsFeed(kind?: DocumentKind): Promise<Response> {
  const { documents, organisations } = await loadCatalogue();
  const timelines = await documentTimelines();
  const ofKind = kind ? documents.filter((doc) => doc.data.kind === kind) : documents;
  // an entry needs a date: a document whose source gives no day is left out (and the subtitle says so), never dated by guess
  const chosen = ofKind.filter((doc) => exactDay(doc.data.date) !== undefined);
  const leftOut = ofKind.length - chosen.length;
  const path = kind ? `/feeds/${kind}.xml` : '/feeds/documents.xml';
  const xml = atomFeed({
    id: `${origin}${path}`,
    title: `${site.name}：${kind ? kindLabels[kind] : '全部文件'}`,
    subtitle: `${kind ? site.kindColumns[kind].description : site.description}（含重大修订、新版本和失效、废止）${leftOut ? `。原文未注明确切日期的 ${leftOut} 篇文件不在本订阅中，请在网站的文档列表中查看` : ''}`,
    selfUrl: `${origin}${path}`,
    siteUrl: `${origin}${kind ? `/kinds/${kind}/` : '/documents/'}`,
    author: site.publisher,
    entries: [...chosen.map((doc) => {
      // validity on the day of the build: an expired 有效期 is announced without anyone editing the file
      const { status, interprets } = timelines.get(doc.id)!;
      const own = doc.data.kind !== 'interpretation' && status.lapsed;
      return feedEntry(
        {
          title: doc.data.title,
          url: `${origin}${documentUrl(doc.id)}`,
          summary: doc.data.summary,
          kindLabel: kindLabels[doc.data.kind],
          publisher: publisherName(organisations, doc),
          date: exactDay(doc.data.date)!,
          time: doc.data.time,
          language: doc.data.language,
          changes: doc.data.changes,
          validity: own ? status.status : undefined,
          validityChangedOn: own ? status.since : undefined,
          validityReason: own ? status.reason : undefined,
          // a 解读 says when a document it interprets stopped being in force
          notices: interprets.filter((target) => target.lapsedSentence && target.status.since).map((target) => ({ date: target.status.since!, note: `${target.lapsedSentence}：《${target.title}》` })),
        },
        site.utcOffset,
      );
    }),
    // each new version, dated by its own day (known even where the document's date is not)
    ...ofKind.flatMap((doc) => {
      const { history } = timelines.get(doc.id)!;
      return history ? versionFeedEntries({ title: doc.data.title, kindLabel: kindLabels[doc.data.kind], publisher: publisherName(organisations, doc), language: doc.data.language, history }, origin, site.utcOffset) : [];
    })],
  });
  return new Response(xml, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
}
