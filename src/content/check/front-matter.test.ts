import { describe, expect, it } from 'vitest';
import { z } from 'astro/zod';
import { changeNoteField, isoDateField, sourceField, summaryField, validityField } from '../schemas.ts';
import { contentFileFrom, type ContentFile } from '../content-model.ts';
import { frontMatterFindings, nearestKey } from './front-matter.ts';

const schema = z.object({
  title: z.string({ error: '缺少标题（名称），或标题（名称）不是文字' }),
  kind: z.enum(['report', 'plan', 'news']),
  date: isoDateField('发布日期（生成日期）'),
  summary: summaryField,
  source: sourceField,
  documentNumber: z.string().optional(),
  validity: validityField.default('有效'),
  columnPath: z.array(z.string()).default([]),
  changes: z.array(changeNoteField).default([]),
});

const file = (frontMatter: string, body = '正文。', path = 'report/a.mdx'): ContentFile => {
  const entry = contentFileFrom('documents', path, `/site/content/documents/${path}`, '/site', `---\n${frontMatter}\n---\n\n${body}\n`);
  if ('reason' in entry) throw new Error(entry.reason);
  return entry;
};
const good = 'title: 通知\nkind: report\ndate: 2021-10-12\nsummary: 概述。\nsource:\n  name: 示例';
const findings = (frontMatter: string, body?: string, path?: string) => frontMatterFindings(file(frontMatter, body, path), schema).map(({ line, message, fix }) => ({ line, message, fix }));

describe('front matter in staff’s words', () => {
  it('finds nothing wrong with a good file', () => {
    expect(findings(good)).toEqual([]);
  });

  it('names a misspelt field with the nearest known one, once, at its line', () => {
    expect(findings(good.replace('title:', 'tittle:'))).toEqual([{ line: 2, message: '属性名 tittle 不存在，是不是 title？', fix: '把 tittle 改成 title' }]);
    expect(findings(`${good}\ndocumentNumbr: 西府发〔2021〕1号`)).toEqual([expect.objectContaining({ line: 8, message: '属性名 documentNumbr 不存在，是不是 documentNumber？' })]);
  });

  it('names an unknown field that is near nothing, and unknown fields inside source and changes', () => {
    expect(findings(`${good}\nfoo: 1`)[0]!.message).toBe('属性名 foo 不存在（网站不认识它，它的值不会发布）');
    expect(findings(`${good}\n  nmae: 甲`)).toEqual([expect.objectContaining({ line: 8, message: '属性名 nmae 不存在，是不是 name？' })]);
    expect(findings(`${good}\nchanges:\n  - date: 2021-11-01\n    note: 更正。\n    majr: true`)).toEqual([expect.objectContaining({ line: 11, message: '属性名 majr 不存在，是不是 major？' })]);
  });

  it('says each schema problem at the line of its field (nested ones too), with the field named, in Chinese', () => {
    const found = findings(good.replace('kind: report', 'kind: 通知').replace('  name: 示例', '  name: 示例\n  url: javascript:alert(1)') + '\ncolumnPath: 首页\nchanges:\n  - date: 2021-11-01\n    note: 更正。\n  - date: 2021-02-30\n    note: 更正。');
    expect(found).toEqual([
      expect.objectContaining({ line: 3, message: 'kind 只能是：report、plan、news' }),
      expect.objectContaining({ line: 8, message: 'source 的 url：来源网址不能用：javascript: 地址会在读者的浏览器里运行程序' }),
      expect.objectContaining({ line: 9, message: 'columnPath 应该是列表（写成 [甲, 乙]，或每项另起一行以“  - ”开头），现在写的是“首页”' }),
      expect.objectContaining({ line: 13, message: expect.stringContaining('“2021-02-30”不是真实存在的日期') }),
    ]);
    for (const finding of found) expect(finding.message).not.toMatch(/[A-Z][a-z]+ [a-z]+/);
  });

  it('says a missing field is missing', () => {
    expect(findings(good.replace('date: 2021-10-12\n', ''))).toEqual([expect.objectContaining({ message: expect.stringContaining('date：发布日期（生成日期）必须写成 YYYY-MM-DD') })]);
  });

  it('holds a document’s kind to its folder, and its summary to its length', () => {
    expect(findings(good, '正文。', 'plan/a.mdx')).toEqual([expect.objectContaining({ line: 3, message: 'kind 写的是 report（工作报告），文件却在 plan/（实施方案）文件夹中' })]);
    expect(findings(good.replace('summary: 概述。', `summary: ${'概'.repeat(301)}`))).toEqual([expect.objectContaining({ line: 5, message: expect.stringContaining('超过了 300 字') })]);
    expect(findings(good.replace('summary: 概述。', `summary: ${'概'.repeat(301)}`), '正'.repeat(5000))).toEqual([]);
  });
});

describe('nearestKey', () => {
  it('finds a slip, not a stranger', () => {
    expect(nearestKey('tittle', ['title', 'kind'])).toBe('title');
    expect(nearestKey('Title', ['title', 'kind'])).toBe('title');
    expect(nearestKey('publisherr', ['publisher'])).toBe('publisher');
    expect(nearestKey('author', ['title', 'kind'])).toBeUndefined();
  });
});
