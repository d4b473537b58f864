import { describe, expect, it } from 'vitest';
import { usageByTerm } from '../features/glossary/usage.ts';
import { catalogueOf } from './catalogue.test-support.ts';
import { glossaryIndex, termRoutes } from './term-page.ts';

describe('glossary pages as data, on the bundled content', () => {
  const catalogue = catalogueOf('content');
  const usage = usageByTerm([
    { id: 'plan/xihu-street-urban-upgrade-plan-2020', title: '方案', language: 'zh-Hans', date: '2020-00-00', uses: [{ termId: '2545-gong-zuo-mo-shi', count: 2, section: { id: 'a', title: '一、' } }] },
  ]);
  const routes = new Map(termRoutes(catalogue, usage).map((route) => [route.params.id, route]));
  const page = routes.get('2545-gong-zuo-mo-shi')!.props.page;

  it('links a term to the note of the document that defines it, dated and published as that document', () => {
    expect(routes.size).toBe(catalogue.terms.length);
    expect(page.source).toMatchObject({ title: '西湖区人民政府工作报告（2021年）', href: '/documents/report/xihu-government-work-report-2021/#note-4', noteNumber: 4 });
    expect(page.article).toMatchObject({ date: '2021-10-12', author: '西湖区人民政府', contentSource: '西湖区人民政府工作报告（2021年）' });
    expect(page.card).toBe('/cards/glossary/2545-gong-zuo-mo-shi.png');
    expect(page.breadcrumb.map((step) => step.href)).toEqual(['/', '/glossary/']);
  });

  it('counts the uses, and keys the page by them', () => {
    expect(page.usages.map((use) => use.documentId)).toEqual(['plan/xihu-street-urban-upgrade-plan-2020']);
    expect(page.totalUses).toBe(2);
    const unused = new Map(termRoutes(catalogue, new Map()).map((route) => [route.params.id, route]));
    expect(unused.get('2545-gong-zuo-mo-shi')!.cacheKey).not.toBe(routes.get('2545-gong-zuo-mo-shi')!.cacheKey);
    expect(unused.get('ma-lu-ben-se')!.cacheKey).toBe(routes.get('ma-lu-ben-se')!.cacheKey);
  });

  it('indexes the terms by pinyin and by their source document, in the order of its notes', () => {
    const index = glossaryIndex(catalogue, usage);
    expect(index.count).toBe(catalogue.terms.length);
    expect(index.byLetter.flatMap((group) => group.items).map((item) => item.href).sort()).toEqual(catalogue.terms.map((term) => `/glossary/${term.id}/`).sort());
    const report = index.bySource.find((source) => source.id === 'report/xihu-government-work-report-2021')!;
    const notes = report.terms.map((term) => term.noteNumber).filter((note): note is number => note !== undefined);
    expect(notes).toEqual([...notes].sort((a, b) => a - b));
    expect(report.terms.find((term) => term.term === '2545工作模式')?.noteNumber).toBe(4);
  });
});
