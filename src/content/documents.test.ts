import { describe, expect, it } from 'vitest';
import { parseDocumentDate } from '../core/dates.ts';
import { groupBy, newestFirst, type ListedDocument } from './documents.ts';

const doc = (id: string, date: string, time?: string): ListedDocument => ({
  id, title: id, kind: 'news', date: parseDocumentDate(date)!, time,
});

describe('document lists', () => {
  it('orders newest first, by time within a day', () => {
    const sorted = newestFirst([doc('a', '2020-01-01'), doc('b', '2021-10-12'), doc('c', '2021-10-12', '09:14')]);
    expect(sorted.map((d) => d.id)).toEqual(['c', 'b', 'a']);
  });
  it('keeps undated documents, after the dated ones, and an approximate year after the known days of that year', () => {
    const sorted = newestFirst([doc('unknown', '不详'), doc('about-2020', '2020'), doc('may-2020', '2020-05-07'), doc('2021', '2021-10-12')]);
    expect(sorted.map((d) => d.id)).toEqual(['2021', 'may-2020', 'about-2020', 'unknown']);
  });
  it('groups by a key keeping order', () => {
    const groups = groupBy([doc('a', '2020-01-01'), doc('b', '2021-10-12'), doc('c', '2020-05-07')], (d) => (d.date.precision === 'unknown' ? '' : d.date.value.slice(0, 4)));
    expect([...groups.keys()]).toEqual(['2020', '2021']);
    expect(groups.get('2020')!.map((d) => d.id)).toEqual(['a', 'c']);
  });
});
