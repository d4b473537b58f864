import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ContentFile, ContentModel } from './content-model.ts';
import { checkCrossReferences } from './cross-references.ts';
import { indexNumberSchemes } from './index-number.ts';

function entry(collection: ContentFile['collection'], id: string, data: Record<string, unknown>): ContentFile {
  const fields = Object.keys(data);
  return {
    collection, id, data, file: `content/${collection}/${id}.mdx`, absolutePath: `/x/${id}.mdx`, body: '', bodyLine: 1, text: '',
    lineOf: (field) => (fields.includes(field) ? fields.indexOf(field) + 2 : undefined),
  };
}

const model = (documents: ContentFile[], glossary: ContentFile[] = []): ContentModel => ({
  root: 'content', documents, glossary, versions: [], unreadable: [],
  organisations: [entry('organisations', 'district-government', { name: '区政府' })],
});
const noHeadings = () => new Set<string>();

describe('cross-file checks', () => {
  it('finds a 索引号 used twice, naming the first file and the line', () => {
    const findings = checkCrossReferences(model([
      entry('documents', 'plan/a', { date: '2017-01-01', publisher: 'district-government', indexNumber: '000014349/2017-00110' }),
      entry('documents', 'plan/b', { date: '2017-02-01', publisher: 'district-government', indexNumber: '000014349/2017-00110' }),
    ]), indexNumberSchemes.organisationCodeYear, noHeadings);
    expect(findings).toEqual([expect.objectContaining({ file: 'content/documents/plan/b.mdx', line: 4, message: '索引号 000014349/2017-00110 已被 content/documents/plan/a.mdx 使用' })]);
  });

  it('finds a 索引号 whose year disagrees with the date, under a scheme that carries one', () => {
    const findings = checkCrossReferences(model([
      entry('documents', 'plan/a', { date: '2018-01-01', publisher: 'district-government', indexNumber: '000014349/2017-00110' }),
    ]), indexNumberSchemes.organisationCodeYear, noHeadings);
    expect(findings.map((finding) => finding.message)).toEqual(['索引号中的年份 2017 与文件的发布日期 2018-01-01 不一致']);
  });

  it('finds references that lead nowhere: publisher, replacement, source document, source section', () => {
    const findings = checkCrossReferences(model(
      [entry('documents', 'plan/a', { date: '2018-01-01', publisher: 'nobody', supersededBy: 'plan/none' })],
      [
        entry('glossary', 'term-a', { term: '甲', sourceDocument: 'report/none' }),
        entry('glossary', 'term-b', { term: '乙', sourceDocument: 'plan/a', sourceSection: '不存在的章节' }),
      ],
    ), indexNumberSchemes.sixGroups, noHeadings);
    expect(findings.map((finding) => [finding.file, finding.message])).toEqual([
      ['content/documents/plan/a.mdx', '发布机构“nobody”不存在'],
      ['content/documents/plan/a.mdx', '替代文件“plan/none”不存在'],
      ['content/glossary/term-a.mdx', '出处文件“report/none”不存在'],
      ['content/glossary/term-b.mdx', '出处文件 content/documents/plan/a.mdx 中没有 id 为“不存在的章节”的章节'],
    ]);
    expect(findings[0]!.fix).toContain('district-government');
  });

  it('finds two files published at the same address', () => {
    const findings = checkCrossReferences(model([
      entry('documents', 'plan/a', { date: '2018-01-01', publisher: 'district-government' }),
      { ...entry('documents', 'plan/a', { date: '2018-01-01', publisher: 'district-government' }), file: 'content/documents/plan/A.mdx' },
    ]), indexNumberSchemes.sixGroups, noHeadings);
    expect(findings.map((finding) => finding.message)).toEqual(['与 content/documents/plan/a.mdx 的网址相同（/documents/plan/a/）']);
  });

  it('finds an attachment whose file is not in the document’s files folder', () => {
    const root = mkdtempSync(join(tmpdir(), 'attachments-'));
    try {
      mkdirSync(join(root, 'files', 'plan', 'a'), { recursive: true });
      writeFileSync(join(root, 'files', 'plan', 'a', 'attachment-1.xlsx'), 'x');
      const attachments = [{ title: '清单', file: 'attachment-1.xlsx' }, { title: '申报表', file: 'attachment-2.pdf' }, { title: '无文件的附件' }];
      const findings = checkCrossReferences(
        { ...model([entry('documents', 'plan/a', { date: '2018-01-01', publisher: 'district-government', attachments })]), root },
        indexNumberSchemes.organisationCodeYear,
        noHeadings,
      );
      expect(findings).toEqual([expect.objectContaining({ message: '附件文件 attachment-2.pdf 不存在', line: 4 })]);
      expect(findings[0]!.fix).toContain(join(root, 'files', 'plan/a'));
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});

