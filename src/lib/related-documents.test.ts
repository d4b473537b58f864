import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseDocumentDate } from './dates.ts';
import { newestFirst } from './documents.ts';
import { commonTermLimit, readingAids, type ReadingCandidate } from './related-documents.ts';

const doc = (id: string, date: string, fields: Partial<Omit<ReadingCandidate, 'date'>> = {}): ReadingCandidate => ({
  id,
  title: id,
  kind: 'plan',
  date: parseDocumentDate(date)!,
  publisherId: 'district',
  language: 'zh-Hans',
  terms: [],
  ...fields,
});

describe('previous and next', () => {
  const documents = [
    doc('plan-2019', '2019-03-01'),
    doc('plan-2021', '2021-03-01'),
    doc('plan-2020', '2020-03-01'),
    doc('other-publisher-2020', '2020-06-01', { publisherId: 'bureau' }),
    doc('news-2020', '2020-07-01', { kind: 'news' }),
  ];
  const aids = readingAids(documents);

  it('walks the same kind from the same publisher by date', () => {
    expect(aids.get('plan-2020')!.neighbours.previous?.id).toBe('plan-2019');
    expect(aids.get('plan-2020')!.neighbours.next?.id).toBe('plan-2021');
    expect(aids.get('plan-2019')!.neighbours.previous).toBeUndefined();
    expect(aids.get('plan-2021')!.neighbours.next).toBeUndefined();
  });

  it('never steps to another kind or another publisher', () => {
    expect(aids.get('other-publisher-2020')!.neighbours).toEqual({ previous: undefined, next: undefined });
    expect(aids.get('news-2020')!.neighbours).toEqual({ previous: undefined, next: undefined });
  });
});

describe('related documents', () => {
  it('ranks shared terms above a shared topic above a shared publisher, and says why', () => {
    const documents = [
      doc('report', '2021-10-12', { kind: 'report', publisherId: 'government', topic: '城乡建设', terms: ['ma-lu-ben-se', 'xue-liang-gong-cheng'] }),
      doc('plan', '2020-01-01', { publisherId: 'street', terms: ['ma-lu-ben-se', 'xue-liang-gong-cheng'] }),
      doc('news', '2020-11-19', { kind: 'news', publisherId: 'other', terms: ['xue-liang-gong-cheng'] }),
      doc('disclosure', '2020-05-07', { kind: 'disclosure', publisherId: 'bureau', topic: '城乡建设' }),
      doc('speech', '2022-07-17', { kind: 'speech', publisherId: 'government' }),
      doc('unrelated', '2023-01-01', { kind: 'news', publisherId: 'nobody', topic: '教育' }),
    ];
    const related = readingAids(documents).get('report')!.related;
    expect(related.map((entry) => entry.document.id)).toEqual(['plan', 'news', 'disclosure', 'speech']);
    expect(related[0]).toMatchObject({ terms: ['ma-lu-ben-se', 'xue-liang-gong-cheng'], samePublisher: false });
    expect(related[2]).toMatchObject({ terms: [], topic: '城乡建设', samePublisher: false });
    expect(related[3]).toMatchObject({ terms: [], samePublisher: true });
  });

  it('leaves out the document itself and its previous and next', () => {
    const documents = [doc('a', '2020-01-01'), doc('b', '2021-01-01'), doc('c', '2022-01-01'), doc('d', '2023-01-01')];
    const aids = readingAids(documents).get('b')!;
    expect([aids.neighbours.previous?.id, aids.neighbours.next?.id]).toEqual(['a', 'c']);
    expect(aids.related.map((entry) => entry.document.id)).toEqual(['d']);
  });

  it('ignores a term so common it links everything to everything', () => {
    const documents = Array.from({ length: commonTermLimit + 1 }, (_, i) =>
      doc(`d${i}`, `2020-01-${String((i % 28) + 1).padStart(2, '0')}`, { publisherId: `p${i}`, kind: 'news', terms: ['everywhere'] }),
    );
    expect(readingAids(documents).get('d0')!.related).toEqual([]);
  });

  it('picks exactly what scoring every pair would pick', () => {
    const candidate = fc.record({
      kind: fc.constantFrom('plan', 'news', 'report'),
      date: fc.constantFrom('2019-01-01', '2020-05-07', '2020-05-08', '2021-10-12'),
      publisherId: fc.constantFrom('a', 'b', 'c'),
      topic: fc.option(fc.constantFrom('城乡建设', '教育'), { nil: undefined }),
      terms: fc.uniqueArray(fc.constantFrom('t1', 't2', 't3', 't4'), { maxLength: 3 }),
    });
    fc.assert(
      fc.property(fc.array(candidate, { minLength: 1, maxLength: 25 }), fc.integer({ min: 1, max: 6 }), (fields, limit) => {
        const documents = fields.map(({ date, ...field }, i) => doc(`d${i}`, date, field));
        const aids = readingAids(documents, limit);
        const ordered = newestFirst(documents);
        for (const current of documents) {
          const { neighbours, related } = aids.get(current.id)!;
          const shown = new Set([current.id, neighbours.previous?.id, neighbours.next?.id]);
          const expected = ordered
            .filter((other) => !shown.has(other.id))
            .map((other) => {
              const shared = current.terms.filter((term) => other.terms.includes(term)).length;
              const score = 2 * shared + (current.topic && other.topic === current.topic ? 2 : 0) + (other.publisherId === current.publisherId ? 1 : 0);
              return { id: other.id, score };
            })
            .filter((entry) => entry.score > 0)
            .sort((a, b) => b.score - a.score) // stable: newest first within a score
            .slice(0, limit)
            .map((entry) => entry.id);
          expect(related.map((entry) => entry.document.id)).toEqual(expected);
        }
      }),
    );
  });
});
