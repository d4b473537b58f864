import { loadCatalogue, organisationName } from '../../data/catalogue.ts';
import { atomFeed, feedEntry } from '../../lib/meta/atom.ts';
import { documentUrl } from '../../lib/documents.ts';
import { kindLabels, type DocumentKind } from '../../lib/kinds.ts';
import { site } from '../../site.config.ts';

const origin = `https://${site.domain}`;

/** The Atom feed of all documents, or of one kind; major changes update an entry. */
export async function documentsFeed(kind?: DocumentKind): Promise<Response> {
  const { documents, organisations } = await loadCatalogue();
  const chosen = kind ? documents.filter((doc) => doc.data.kind === kind) : documents;
  const path = kind ? `/feeds/${kind}.xml` : '/feeds/documents.xml';
  const xml = atomFeed({
    id: `${origin}${path}`,
    title: `${site.name}：${kind ? kindLabels[kind] : '全部文件'}`,
    subtitle: kind ? `${site.kindColumns[kind].description}（含重大修订）` : `${site.description}（含重大修订）`,
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
          publisher: organisationName(organisations, doc.data.publisher.id),
          date: doc.data.date,
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
