import { loadCatalogue, publisherName } from '../../content/catalogue.ts';
import { exactDay } from '../../core/dates.ts';
import { atomFeed, feedEntry } from './atom.ts';
import { documentUrl } from '../../core/urls.ts';
import { kindLabels, type DocumentKind } from '../../core/kinds.ts';
import { site } from '../../site.config.ts';

const origin = `https://${site.domain}`;

/** The Atom feed of all documents, or of one kind; major changes update an entry. */
export async function documentsFeed(kind?: DocumentKind): Promise<Response> {
  const { documents, organisations } = await loadCatalogue();
  const ofKind = kind ? documents.filter((doc) => doc.data.kind === kind) : documents;
  // an entry needs a date: a document whose source gives no day is left out (and the subtitle says so), never dated by guess
  const chosen = ofKind.filter((doc) => exactDay(doc.data.date) !== undefined);
  const leftOut = ofKind.length - chosen.length;
  const path = kind ? `/feeds/${kind}.xml` : '/feeds/documents.xml';
  const xml = atomFeed({
    id: `${origin}${path}`,
    title: `${site.name}：${kind ? kindLabels[kind] : '全部文件'}`,
    subtitle: `${kind ? site.kindColumns[kind].description : site.description}（含重大修订）${leftOut ? `。原文未注明确切日期的 ${leftOut} 篇文件不在本订阅中，请在网站的文档列表中查看` : ''}`,
    selfUrl: `${origin}${path}`,
    siteUrl: `${origin}${kind ? `/kinds/${kind}/` : '/documents/'}`,
    author: site.publisher,
    entries: chosen.map((doc) =>
      feedEntry(
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
          validity: doc.data.validity,
          validityChangedOn: doc.data.validityChangedOn,
          validityReason: doc.data.validityReason,
        },
        site.utcOffset,
      ),
    ),
  });
  return new Response(xml, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
}
