import { describe, expect, it } from 'vitest';
import type { Catalogue } from '../content/catalogue.ts';
import { buildLedger } from '../features/tasks/ledger.ts';
import { catalogueOf } from './catalogue.test-support.ts';
import { documentTimelines, policyIndexOf } from './document-timeline.ts';
import { documentRoutes, type DocumentRoute } from './document-page.ts';

const policies = 'tests/fixtures/policies';

/** Every document page of a catalogue, as getStaticPaths builds them on a given day. */
function routesOf(catalogue: Catalogue, day = '2025-01-02'): Map<string, DocumentRoute> {
  const timelines = documentTimelines(catalogue, policyIndexOf(catalogue.documents, day));
  const ledger = buildLedger([], []);
  return new Map(documentRoutes(catalogue, { timelines, readingAids: new Map(), ledger, figuresOf: new Map(), contentRoot: policies }).map((route) => [route.params.id, route]));
}

describe('document pages as data', () => {
  const catalogue = catalogueOf(policies);
  const routes = routesOf(catalogue);
  const page = (id: string) => routes.get(id)!.props.page;

  it('builds one page per document, each knowing what it replaced without searching the list', () => {
    expect([...routes.keys()].sort()).toEqual(catalogue.documents.map((doc) => doc.id).sort());
    expect(page('plan/renewal-measures-2023').replaces).toEqual([{ id: 'plan/renewal-measures-2020', title: '示例区城市更新实施办法（试行）', href: '/documents/plan/renewal-measures-2020/', lang: 'zh-Hans' }]);
    expect(page('plan/renewal-measures-2020').replaces).toEqual([]);
    expect(page('plan/renewal-measures-2020').timeline.banner).toMatchObject({ validity: '废止', changedOn: '2023-01-01', replacement: { href: '/documents/plan/renewal-measures-2023/' } });
  });

  it('says another government published a document, and that this site compiled a 解读 instead of naming no publisher', () => {
    expect(page('plan/renewal-measures-2023').notice?.heading).toBe('转载说明');
    expect(page('plan/renewal-measures-2023').publisher).toEqual({ name: '示例区人民政府', href: '/organisations/sample-government/' });
    const compiled = page('interpretation/renewal-measures-2023-interpretation');
    expect(compiled.notice).toBeNull();
    expect(compiled.publisher).toBeUndefined();
    expect(compiled.publisherName).toBe('本站根据原文整理');
    expect(compiled.article.author).toBe('本站根据原文整理');
    expect(compiled.jsonLd['additionalProperty']).toContainEqual(expect.objectContaining({ name: '整理', value: '本站根据原文整理' }));
  });

  it('gives search, the breadcrumb, the card and the meta tags the facts the page shows, validity as on the build day', () => {
    const notice = page('disclosure/parking-fee-notice-2024');
    expect(notice.validity).toBe('失效');
    expect(notice.search).toEqual({ page: 'document', kind: '信息公开', publisher: '示例区人民政府', date: '2023-12-20', sort: '2023-12-20', year: '2023', validity: '失效', topic: undefined });
    expect(notice.breadcrumb.map((step) => step.href)).toEqual(['/', '/documents/', '/kinds/disclosure/']);
    expect(notice.card).toBe('/cards/disclosure/parking-fee-notice-2024.png');
    expect(notice.jsonLd).toMatchObject({ creativeWorkStatus: 'Obsolete', expires: '2024-12-31' });
    expect(routesOf(catalogue, '2024-06-01').get('disclosure/parking-fee-notice-2024')!.props.page.validity).toBe('有效');
  });

  it('changes a page’s cache key with what it shows from other documents, and only then', () => {
    const renamed = catalogueOf(policies);
    const old = renamed.documents.find((doc) => doc.id === 'plan/renewal-measures-2020')!;
    old.data.title = '示例区城市更新实施办法（试行，已废止）';
    const after = routesOf(renamed);
    // the 2023 plan lists it (本文件替代), its 解读 names it; the parking notice shows nothing of it
    expect(after.get('plan/renewal-measures-2023')!.cacheKey).not.toBe(routes.get('plan/renewal-measures-2023')!.cacheKey);
    expect(after.get('interpretation/renewal-measures-2020-interpretation')!.cacheKey).not.toBe(routes.get('interpretation/renewal-measures-2020-interpretation')!.cacheKey);
    expect(after.get('disclosure/parking-fee-notice-2024')!.cacheKey).toBe(routes.get('disclosure/parking-fee-notice-2024')!.cacheKey);
    // and with the day of the build, where the page's validity turns on it
    expect(routesOf(catalogue, '2024-06-01').get('disclosure/parking-fee-notice-2024')!.cacheKey).not.toBe(routes.get('disclosure/parking-fee-notice-2024')!.cacheKey);
  });
});
