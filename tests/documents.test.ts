import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { documentDateSortKey, documentDateText, documentYear, parseDocumentDate } from '../src/lib/dates.ts';
import { undatedYear } from '../src/lib/documents.ts';
import { contentDocuments } from './support/content.ts';
import { distDir, readBuilt } from './support/site.ts';

const documents = contentDocuments();
/** A document's date as its front matter states it: a day, a month, a year or 不详. */
const dateOf = (doc: (typeof documents)[number]) => parseDocumentDate(String(doc.data.date))!;
const page = (id: string) => parse(readBuilt(`documents/${id}/index.html`));

/** Text of the metadata table's cell beside a label such as 索引号. */
function metadataValue(html: ReturnType<typeof parse>, label: string): string | undefined {
  const header = html.querySelectorAll('table.metadata-table th').find((th) => th.text.trim() === label);
  return header?.nextElementSibling?.text.trim();
}

describe('the bundled documents are published', () => {
  it('has every kind of document', () => {
    expect(new Set(documents.map((doc) => doc.data.kind))).toEqual(new Set(['disclosure', 'plan', 'report', 'speech', 'news', 'interpretation']));
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
    expect(metadataValue(html, '生成日期')).toContain(documentDateText(dateOf(doc)));
    // validity is shown only as stated; otherwise 未标注 (a 解读 has that of the document it interprets)
    expect(metadataValue(html, '有效性')).toBe(doc.data.kind === 'interpretation' ? '有效（随所解读的文件）' : ((doc.data.validity as string | undefined) ?? '未标注'));
    if (doc.data.indexNumber) expect(metadataValue(html, '索引号')).toBe(doc.data.indexNumber);
    if (doc.data.documentNumber) expect(metadataValue(html, '文件编号')).toBe(doc.data.documentNumber);
    if (doc.data.publisher) expect(html.querySelector('table.metadata-table a[href]')?.getAttribute('href')).toBe(`/organisations/${doc.data.publisher}/`);
    else expect(metadataValue(html, '发布机构')).toBe(doc.data.interpretedBy === '本站根据原文整理' ? '本站根据原文整理' : '发布机构不详');
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
      if (doc.data.publisher) {
        const orgList = parse(readBuilt(`organisations/${doc.data.publisher}/index.html`));
        expect(orgList.querySelectorAll('.document-list a').map((a) => a.getAttribute('href'))).toContain(`/documents/${doc.id}/`);
      }
      const yearList = parse(readBuilt(`years/${documentYear(dateOf(doc)) ?? undatedYear}/index.html`));
      expect(yearList.querySelectorAll('.document-list a').map((a) => a.getAttribute('href'))).toContain(`/documents/${doc.id}/`);
    }
    // every document listed, newest first by what is known of its date
    const listed = parse(readBuilt('documents/all/index.html'))
      .querySelectorAll('.document-list a')
      .map((a) => documents.find((doc) => `/documents/${doc.id}/` === a.getAttribute('href'))!);
    expect(listed).toHaveLength(documents.length);
    const keys = listed.map((doc) => documentDateSortKey(dateOf(doc)));
    expect([...keys].sort().reverse()).toEqual(keys);
  });
});
