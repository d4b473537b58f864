import { describe, expect, it } from 'vitest';
import { buildLedger } from '../features/tasks/ledger.ts';
import { catalogueOf } from './catalogue.test-support.ts';
import { policyIndexOf } from './document-timeline.ts';
import { kindSummaries, organisationLists, searchFilterGroups, yearListTitle, yearSummaries } from './list-pages.ts';
import { documentListings, documentsByOrganisation } from './listings.ts';

describe('the lists, on the bundled content', () => {
  const catalogue = catalogueOf('content');
  const listings = documentListings(catalogue, policyIndexOf(catalogue.documents, '2025-01-02'));

  it('sums up every kind, an empty one too, with its newest documents and its list', () => {
    const kinds = kindSummaries(listings, 1);
    expect(kinds.map((kind) => kind.kind)).toEqual(['disclosure', 'plan', 'report', 'speech', 'news', 'interpretation']);
    expect(kinds.reduce((sum, kind) => sum + kind.count, 0)).toBe(listings.length);
    expect(kinds.find((kind) => kind.kind === 'report')).toMatchObject({ label: '工作报告', href: '/kinds/report/', count: 1, latest: [{ id: 'report/xihu-government-work-report-2021' }] });
  });

  it('files a document known only to its year under that year, saying some dates are approximate', () => {
    const { years, undated, someInexact } = yearSummaries(listings);
    expect(years.map((year) => year.year)).toEqual([...years.map((year) => year.year)].sort().reverse());
    expect(years.find((year) => year.year === '2011')).toEqual({ year: '2011', label: '2011年', href: '/years/2011/', count: 1 });
    expect(undated).toBe(0);
    expect(someInexact).toBe(true);
    expect(yearListTitle('undated').title).toBe('日期不详的文档');
  });

  it('lists each organisation’s own and mentioning documents, sorted by name', () => {
    const lists = organisationLists(catalogue, documentsByOrganisation(catalogue, listings), buildLedger([], []));
    expect(lists).toHaveLength(catalogue.organisations.size);
    const bureau = lists.find((list) => list.org.id === 'xihu-urban-construction-bureau')!;
    expect(bureau).toMatchObject({ countText: '发布 1 篇，文中提及 1 篇', mentioning: ['plan/xihu-street-urban-upgrade-plan-2020'] });
    expect(bureau.documents.map((doc) => doc.id)).toEqual(['disclosure/xihu-urban-construction-bureau-ideas-debate-2020', 'plan/xihu-street-urban-upgrade-plan-2020']);
  });

  it('offers the search filters the index carries: every kind, the glossary and organisations, each publisher, years newest first, the validity values', () => {
    const groups = new Map(searchFilterGroups(listings, catalogue).map((group) => [group.name, group.values]));
    expect(groups.get('kind')).toEqual(['信息公开', '实施方案', '工作报告', '讲话', '要闻', '解读', '名词解释', '机构']);
    expect(groups.get('publisher')).toContain('发布机构不详');
    expect(groups.get('year')!.at(-1)).toBe('2011');
    expect(groups.get('validity')).toEqual(['有效', '失效', '废止', '未标注']);
  });
});
