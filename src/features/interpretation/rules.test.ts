import { describe, expect, it } from 'vitest';
import { contentFileFrom, type ContentFile } from '../../lib/check/content-model.ts';
import { interpretationIssues, interpretsFindings } from './rules.ts';
import { replacementFindings, validityIssues } from '../validity/rules.ts';

const doc = (id: string, frontMatter: string): ContentFile => {
  const file = contentFileFrom('documents', `${id}.mdx`, `/site/content/documents/${id}.mdx`, '/site', `---\n${frontMatter}\n---\n\n正文。\n`);
  if ('reason' in file) throw new Error(file.reason);
  return file;
};

describe('what a 解读 must say', () => {
  it('names what it interprets and who wrote it; a compiled one has no publisher', () => {
    expect(interpretationIssues({ kind: 'interpretation' }).map((issue) => issue.path[0])).toEqual(['interprets', 'interpretedBy']);
    expect(interpretationIssues({ kind: 'interpretation', interprets: ['plan/a'], interpretedBy: '本站根据原文整理', publisher: 'x' }).map((issue) => issue.message)).toEqual(['本站根据原文整理的解读不是发布机构发布的，不能写发布机构 publisher']);
    expect(interpretationIssues({ kind: 'interpretation', interprets: ['plan/a'], interpretedBy: '发布机构', validity: '有效' }).map((issue) => issue.path[0])).toEqual(['publisher', 'validity']);
    expect(interpretationIssues({ kind: 'plan', interprets: ['plan/a'] }).map((issue) => issue.path[0])).toEqual(['interprets']);
  });

  it('points at a document that does not exist, at its line, with the nearest address', () => {
    const files = [doc('plan/renewal-2023', 'kind: plan'), doc('interpretation/x', 'kind: interpretation\ninterprets:\n  - plan/renewal-2023\n  - plan/renewal-2033\n  - interpretation/x')];
    const findings = interpretsFindings(files);
    expect(findings.map((finding) => [finding.line, finding.message])).toEqual([
      [5, '所解读的文件“plan/renewal-2033”不存在'],
      [6, '解读不能解读它自己'],
    ]);
    expect(findings[0]!.fix).toContain('是不是 plan/renewal-2023？');
  });
});

describe('validity rules', () => {
  it('refuses a 有效期 that ends before it starts or before the document, and a 失效 without a date', () => {
    expect(validityIssues({ validFrom: '2024-01-01', validUntil: '2023-12-31' }).map((issue) => issue.path[0])).toEqual(['validUntil']);
    expect(validityIssues({ date: { precision: 'year', value: '2024' }, validUntil: '2023-12-31' })).toHaveLength(1);
    expect(validityIssues({ date: { precision: 'year', value: '2024' }, validUntil: '2024-01-01' })).toEqual([]);
    expect(validityIssues({ validity: '废止' }).map((issue) => issue.path[0])).toEqual(['validity']);
    expect(validityIssues({ validity: '失效', validUntil: '2024-12-31' })).toEqual([]);
  });

  it('refuses a repealed replacement that points nowhere, and a chain that comes back', () => {
    const chain = [doc('plan/a', 'validity: 废止\nsupersededBy: plan/b'), doc('plan/b', 'validity: 废止\nvalidityChangedOn: 2024-01-01')];
    expect(replacementFindings(chain).map((finding) => [finding.file, finding.line])).toEqual([['content/documents/plan/b.mdx', 2]]);
    const loop = [doc('plan/a', 'supersededBy: plan/b'), doc('plan/b', 'supersededBy: plan/a')];
    expect(replacementFindings(loop).map((finding) => finding.message)).toEqual(['替代关系绕回了本文件：plan/a → plan/b → plan/a', '替代关系绕回了本文件：plan/b → plan/a → plan/b']);
  });
});
