import { loadCatalogue } from '../../content/catalogue.ts';
import { organisationName } from '../../content/publishers.ts';
import { unknownPublisherName } from '../../content/provenance.ts';
import { documentDateText, exactDay } from '../../core/dates.ts';
import { termUsage } from '../glossary/term-usage.ts';
import { readingAids, type ReadingCandidate } from './related-documents.ts';

/** A document as the reading aids at the foot of another one name it. */
export interface DocumentBrief {
  id: string;
  title: string;
  language: string;
  /** the date as the page shows it (约2011年, 日期不详), and the day where the source gives one */
  dateText: string;
  day?: string | undefined;
  publisherName: string;
}

/** What a document page offers after its text: the previous and next in its series, and related documents with why. */
export interface DocumentReadingAids {
  previous?: DocumentBrief | undefined;
  next?: DocumentBrief | undefined;
  related: (DocumentBrief & { terms: string[]; topic?: string | undefined; samePublisher: boolean })[];
}

let aidsCache: Promise<Map<string, DocumentReadingAids>> | undefined;

/** Reading aids of every document, chosen once per build from the glossary terms each one uses, its topic and its publisher. */
export function documentReadingAids(): Promise<Map<string, DocumentReadingAids>> {
  aidsCache ??= (async () => {
    const [{ documents, organisations, terms }, usage] = await Promise.all([loadCatalogue(), termUsage()]);
    const termsOf = new Map<string, string[]>();
    for (const [termId, usages] of usage) for (const use of usages) termsOf.set(use.documentId, [...(termsOf.get(use.documentId) ?? []), termId]);
    const termName = new Map(terms.map((term) => [term.id, term.data.term]));
    const aids = readingAids(
      documents.map((doc) => ({
        id: doc.id,
        title: doc.data.title,
        kind: doc.data.kind,
        date: doc.data.date,
        time: doc.data.time,
        publisherId: doc.data.publisher?.id,
        language: doc.data.language,
        topic: doc.data.topic,
        terms: termsOf.get(doc.id) ?? [],
      })),
    );
    const brief = (doc: ReadingCandidate): DocumentBrief => ({
      id: doc.id,
      title: doc.title,
      language: doc.language,
      dateText: documentDateText(doc.date, doc.time),
      day: exactDay(doc.date),
      publisherName: doc.publisherId ? organisationName(organisations, doc.publisherId) : unknownPublisherName,
    });
    return new Map(
      [...aids].map(([id, { neighbours, related }]) => [
        id,
        {
          previous: neighbours.previous && brief(neighbours.previous),
          next: neighbours.next && brief(neighbours.next),
          related: related.map((entry) => ({
            ...brief(entry.document),
            terms: entry.terms.map((termId) => termName.get(termId) ?? termId),
            topic: entry.topic,
            samePublisher: entry.samePublisher,
          })),
        },
      ]),
    );
  })();
  return aidsCache;
}
