import { describe, expect, it } from 'vitest';
import { usageByTerm } from './usage.ts';

describe('usage by term', () => {
  it('adds up a document’s sections and lists the documents with the most uses first', () => {
    const usage = usageByTerm([
      {
        id: 'plan/a', title: '甲', language: 'zh-Hans', date: '2020-01-01',
        uses: [{ termId: 't', section: null, count: 1 }],
      },
      {
        id: 'report/b', title: '乙', language: 'zh-Hans', date: '2021-01-01',
        uses: [
          { termId: 't', section: { id: 's1', title: '一' }, count: 2 },
          { termId: 'u', section: { id: 's1', title: '一' }, count: 1 },
          { termId: 't', section: { id: 's2', title: '二' }, count: 1 },
        ],
      },
    ]);
    expect(usage.get('t')).toEqual([
      { documentId: 'report/b', title: '乙', language: 'zh-Hans', total: 3, sections: [{ id: 's1', title: '一', count: 2 }, { id: 's2', title: '二', count: 1 }] },
      { documentId: 'plan/a', title: '甲', language: 'zh-Hans', total: 1, sections: [{ id: null, title: null, count: 1 }] },
    ]);
    expect(usage.get('u')?.map((entry) => entry.total)).toEqual([1]);
    expect(usage.has('v')).toBe(false);
  });
});
