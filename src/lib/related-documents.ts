/**
 * What a reader at the end of a long document can go on to, chosen at build time:
 * the previous and next document of the same kind from the same publisher, and
 * related documents (相关文件) that share glossary terms, the topic or the publisher.
 */
import { newestFirst, type ListedDocument } from './documents.ts';

export interface ReadingCandidate extends ListedDocument {
  /** undefined where the source names no publisher: such a document has no series and shares no publisher */
  publisherId?: string | undefined;
  language: string;
  topic?: string | undefined;
  /** ids of the glossary terms the document uses */
  terms: readonly string[];
}

export interface Neighbours<T> {
  /** the one published just before, of the same kind and publisher */
  previous?: T | undefined;
  /** the one published just after */
  next?: T | undefined;
}

export interface Related<T> {
  document: T;
  /** why it is listed: the terms both use, the shared topic, the shared publisher */
  terms: string[];
  topic?: string | undefined;
  samePublisher: boolean;
}

/** A term that this many documents use says little about which of them belong together. */
export const commonTermLimit = 200;
const weights = { term: 2, topic: 2, publisher: 1 };

interface Scored<T> extends Related<T> {
  score: number;
}

/** Adds the topic and publisher a candidate shares with the document to its score. */
function score<T extends ReadingCandidate>(found: Scored<T>, doc: ReadingCandidate): Scored<T> {
  if (doc.topic && found.document.topic === doc.topic) {
    found.score += weights.topic;
    found.topic = doc.topic;
  }
  if (doc.publisherId !== undefined && found.document.publisherId === doc.publisherId) {
    found.score += weights.publisher;
    found.samePublisher = true;
  }
  return found;
}

export interface ReadingAids<T> {
  neighbours: Neighbours<T>;
  related: Related<T>[];
}

/**
 * Neighbours and related documents for every document at once, through indexes by
 * series, term, topic and publisher, so that 10,000 documents stay quick.
 */
export function readingAids<T extends ReadingCandidate>(documents: readonly T[], relatedLimit = 5): Map<string, ReadingAids<T>> {
  const ordered = newestFirst(documents);
  const rank = new Map(ordered.map((doc, index) => [doc.id, index]));
  const positionInSeries = new Map<string, number>();
  const series = new Map<string, T[]>();
  const byTerm = new Map<string, T[]>();
  const byTopic = new Map<string, T[]>();
  const byPublisher = new Map<string, T[]>();
  const add = (map: Map<string, T[]>, key: string, doc: T) => {
    const list = map.get(key);
    if (list) list.push(doc);
    else map.set(key, [doc]);
  };
  const seriesOf = (doc: T) => (doc.publisherId === undefined ? undefined : `${doc.kind}\u0000${doc.publisherId}`);
  for (const doc of ordered) {
    const key = seriesOf(doc);
    if (key !== undefined) {
      add(series, key, doc);
      positionInSeries.set(doc.id, series.get(key)!.length - 1);
    }
    if (doc.publisherId !== undefined) add(byPublisher, doc.publisherId, doc);
    if (doc.topic) add(byTopic, doc.topic, doc);
    for (const term of new Set(doc.terms)) add(byTerm, term, doc);
  }

  const result = new Map<string, ReadingAids<T>>();
  for (const doc of ordered) {
    const key = seriesOf(doc);
    const run = key === undefined ? [doc] : series.get(key)!;
    const at = key === undefined ? 0 : positionInSeries.get(doc.id)!;
    // the list runs newest first: the previous (older) one follows, the next (newer) one comes before
    const neighbours: Neighbours<T> = { previous: run[at + 1], next: at > 0 ? run[at - 1] : undefined };
    const shown = new Set([doc.id, neighbours.previous?.id, neighbours.next?.id]);

    // documents that share a term, scored in full (a term's users are at most commonTermLimit)
    const scores = new Map<string, Scored<T>>();
    for (const term of new Set(doc.terms)) {
      const users = byTerm.get(term)!;
      if (users.length > commonTermLimit) continue;
      for (const other of users) {
        if (shown.has(other.id)) continue;
        let found = scores.get(other.id);
        if (!found) {
          found = { document: other, score: 0, terms: [], samePublisher: false };
          scores.set(other.id, found);
        }
        found.score += weights.term;
        found.terms.push(term);
      }
    }
    for (const found of scores.values()) score(found, doc);
    // the rest share only the topic and/or the publisher: all of a kind score alike, so the newest few of each
    // kind are all that can make the list (a publisher may have thousands of documents)
    const sameTopic = (other: T) => Boolean(doc.topic) && other.topic === doc.topic;
    const newest = (group: readonly T[] | undefined, test: (other: T) => boolean) => {
      const picked: T[] = [];
      for (const other of group ?? []) {
        if (picked.length === relatedLimit) break;
        if (!shown.has(other.id) && !scores.has(other.id) && test(other)) picked.push(other);
      }
      return picked;
    };
    const topicGroup = doc.topic ? byTopic.get(doc.topic) : undefined;
    const rest = [
      ...newest(topicGroup, (other) => doc.publisherId !== undefined && other.publisherId === doc.publisherId),
      ...newest(topicGroup, (other) => doc.publisherId === undefined || other.publisherId !== doc.publisherId),
      ...newest(doc.publisherId === undefined ? undefined : byPublisher.get(doc.publisherId), (other) => !sameTopic(other)),
    ];
    for (const other of rest) scores.set(other.id, score({ document: other, score: 0, terms: [], samePublisher: false }, doc));
    const related = [...scores.values()]
      .sort((a, b) => b.score - a.score || rank.get(a.document.id)! - rank.get(b.document.id)!)
      .slice(0, relatedLimit)
      .map(({ score: _score, ...rest }) => rest);
    result.set(doc.id, { neighbours, related });
  }
  return result;
}
