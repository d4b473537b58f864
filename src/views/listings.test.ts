import { describe, expect, it } from 'vitest';
import { catalogueOf } from './catalogue.test-support.ts';
import { policyIndexOf } from './document-timeline.ts';
import { documentListings, documentsByOrganisation, organisationCountText } from './listings.ts';

describe('document listings, on the bundled content', () => {
  const catalogue = catalogueOf('content');
  const listings = documentListings(catalogue, policyIndexOf(catalogue.documents, '2025-01-02'));

  it('lists every document newest first, one known only to its year after the known days, with its publisher and validity in words', () => {
    expect(listings).toHaveLength(catalogue.documents.length);
    expect(listings.map((doc) => doc.dateText).slice(-3)).toEqual(['2020-05-07', '约2020年', '约2011年']);
    const plan = listings.find((doc) => doc.id === 'plan/xihu-street-urban-upgrade-plan-2020')!;
    expect(plan).toMatchObject({ publisherName: '发布机构不详', validity: '未标注', dateText: '约2020年' });
    expect(listings.find((doc) => doc.kind === 'interpretation')).toMatchObject({ publisherName: '本站根据原文整理' });
  });

  it('gives each organisation what it published and, apart, what only names it, in one pass', () => {
    const byOrganisation = documentsByOrganisation(catalogue, listings);
    expect([...byOrganisation.keys()].sort()).toEqual([...catalogue.organisations.keys()].sort());
    const bureau = byOrganisation.get('xihu-urban-construction-bureau')!;
    expect(bureau.published.map((doc) => doc.id)).toEqual(['disclosure/xihu-urban-construction-bureau-ideas-debate-2020']);
    expect(bureau.mentioning.map((doc) => doc.id)).toEqual(['plan/xihu-street-urban-upgrade-plan-2020']);
    expect(organisationCountText(bureau)).toBe('发布 1 篇，文中提及 1 篇');
    expect(organisationCountText(byOrganisation.get('xihu-government')!)).toBe('发布 1 篇');
  });
});
