import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { contentDocuments } from './support/content.ts';
import { distDir, readBuilt } from './support/site.ts';

const documents = contentDocuments();
const page = (id: string) => parse(readBuilt(`documents/${id}/index.html`));

/** Text of the metadata table's cell beside a label such as 索引号. */
function metadataValue(html: ReturnType<typeof parse>, label: string): string | undefined {
  const header = html.querySelectorAll('table.metadata-table th').find((th) => th.text.trim() === label);
  return header?.nextElementSibling?.text.trim();
}

describe('the bundled documents are published', () => {
  it('has all five kinds of document', () => {
    expect(new Set(documents.map((doc) => doc.data.kind))).toEqual(new Set(['disclosure', 'plan', 'report', 'speech', 'news']));
  });

  it.each(documents.map((doc) => [doc.id, doc] as const))('%s: title, language and metadata table in the built page', (id, doc) => {
    expect(existsSync(join(distDir, 'documents', id, 'index.html'))).toBe(true);
    const html = page(id);
    expect(html.querySelector('h1')?.text.trim()).toBe(doc.data.title);
    expect(html.querySelector('html')?.getAttribute('lang')).toBe(doc.data.language);
    const table = html.querySelector('table.metadata-table');
    expect(table).not.toBeNull();
    for (const label of ['索引号', '主题分类', '发布机构', '生成日期', '文件编号', '有效性', '公开范围', '公开方式']) {
      expect(metadataValue(html, label), label).toBeDefined();
    }
    expect(metadataValue(html, '生成日期')).toContain(doc.data.date);
    expect(metadataValue(html, '有效性')).toBe((doc.data.validity as string | undefined) ?? '有效');
    if (doc.data.indexNumber) expect(metadataValue(html, '索引号')).toBe(doc.data.indexNumber);
    if (doc.data.documentNumber) expect(metadataValue(html, '文件编号')).toBe(doc.data.documentNumber);
    expect(html.querySelector('table.metadata-table a[href]')?.getAttribute('href')).toBe(`/organisations/${doc.data.publisher}/`);
  });

  it('marks the Traditional-script speech as zh-Hant and the rest as zh-Hans', () => {
    const languages = documents.map((doc) => page(doc.id).querySelector('html')?.getAttribute('lang'));
    expect(languages.filter((lang) => lang === 'zh-Hant')).toHaveLength(1);
    expect(documents.find((doc) => doc.data.language === 'zh-Hant')?.data.kind).toBe('speech');
  });

  it('gives every heading a working anchor and long documents a table of contents', () => {
    const report = documents.find((doc) => doc.data.kind === 'report')!;
    const html = page(report.id);
    const headings = html.querySelectorAll('.document-body h2, .document-body h3');
    expect(headings.length).toBeGreaterThan(5);
    for (const heading of headings) {
      const id = heading.getAttribute('id');
      expect(id).toBeTruthy();
      expect(heading.querySelector('a.heading-anchor')?.getAttribute('href')).toBe(`#${id}`);
      expect(heading.querySelector('a.heading-anchor')?.text.trim()).toBe(heading.text.trim());
    }
    const tocTargets = html.querySelectorAll('nav.toc a').map((a) => a.getAttribute('href')!.slice(1));
    expect(tocTargets.length).toBeGreaterThan(5);
    for (const target of tocTargets) expect(html.getElementById(target), target).not.toBeNull();
    // contents entries read as the headings do, without the anchor's hidden text
    expect(html.querySelector('nav.toc a')!.text.trim()).toBe(html.querySelector('.document-body h2')!.text.trim());
  });

  it('lists documents per kind, per organisation and per year, newest first', () => {
    for (const doc of documents) {
      const kindList = parse(readBuilt(`kinds/${doc.data.kind}/index.html`));
      expect(kindList.querySelectorAll('.document-list a').map((a) => a.getAttribute('href'))).toContain(`/documents/${doc.id}/`);
      const orgList = parse(readBuilt(`organisations/${doc.data.publisher}/index.html`));
      expect(orgList.querySelectorAll('.document-list a').map((a) => a.getAttribute('href'))).toContain(`/documents/${doc.id}/`);
      const yearList = parse(readBuilt(`years/${doc.data.date.slice(0, 4)}/index.html`));
      expect(yearList.querySelectorAll('.document-list a').map((a) => a.getAttribute('href'))).toContain(`/documents/${doc.id}/`);
    }
    const dates = parse(readBuilt('documents/all/index.html'))
      .querySelectorAll('.document-list time')
      .map((time) => time.getAttribute('datetime')!);
    expect(dates).toHaveLength(documents.length);
    expect([...dates].sort().reverse()).toEqual(dates);
  });
});
