import { describe, expect, it } from 'vitest';
import { validityOn } from '../features/validity/status.ts';
import { registerFilters, registerGroups, type RegisterRow } from './validity-register.ts';

const row = (id: string, facts: Parameters<typeof validityOn>[0], publisherId: string | undefined, year: string): RegisterRow => ({
  id,
  title: id,
  href: `/documents/${id}/`,
  lang: 'zh-Hans',
  publisherId,
  publisherName: publisherId ?? '发布机构不详',
  dateText: year,
  year,
  sortKey: `${year}-01-01`,
  status: validityOn(facts, '2025-01-02'),
});

describe('the list of documents by validity', () => {
  const rows = [
    row('plan/a', { validity: '有效' }, 'gov', '2023'),
    row('plan/b', { validity: '废止', validityChangedOn: '2024-01-01' }, 'gov', '2020'),
    row('news/c', { validity: '有效', validUntil: '2024-12-31' }, 'bureau', '2024'),
    row('speech/d', {}, undefined, 'undated'),
  ];

  it('groups documents by their validity on the build day, keeping empty groups', () => {
    expect(registerGroups(rows).map((group) => [group.label, group.rows.map((item) => item.id)])).toEqual([
      ['现行有效', ['plan/a']],
      ['已失效', ['news/c']],
      ['已废止', ['plan/b']],
      ['未标注有效性', ['speech/d']],
    ]);
  });

  it('offers each publisher and year with its count, unknown publisher and undated last among equals', () => {
    const { publishers, years } = registerFilters(rows);
    expect(publishers.map((filter) => [filter.key, filter.count, filter.href])).toEqual([['gov', 2, '/validity/publisher/gov/'], ['bureau', 1, '/validity/publisher/bureau/'], ['unknown', 1, '/validity/publisher/unknown/']]);
    expect(years.map((filter) => filter.label)).toEqual(['2024年', '2023年', '2020年', '日期不详']);
  });
});
