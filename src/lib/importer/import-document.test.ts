import { createProcessor } from '@mdx-js/mdx';
import remarkGfm from 'remark-gfm';
import { describe, expect, it } from 'vitest';
import { seedImports } from '../../../scripts/seed-imports.ts';
import { findDamage } from './damage.ts';
import { importDocument, MissingFieldsError, slugFromChinese, type ImportOptions } from './import-document.ts';
import { readSeed } from './seeds.test-support.ts';
import { findLostCharacter } from './subsequence.ts';

const organisations = [
  { id: 'xihu-urban-construction-bureau', name: '西湖区城建局' },
  { id: 'binhu-government', name: '滨湖区人民政府' },
];

function importSeed(prefix: string, overrides: Partial<ImportOptions> = {}) {
  const seed = readSeed(prefix);
  const config = seedImports.find((entry) => entry.file === seed.file)!;
  const result = importDocument(seed.text, { ...config.options, sourceFile: seed.file, organisations, ...overrides });
  return { seed, result };
}

const body = (mdx: string) => mdx.slice(mdx.indexOf('\n---\n', 4) + 5);
const parse = (mdx: string) => createProcessor({ format: 'mdx', remarkPlugins: [remarkGfm] }).parse(body(mdx));

describe.each(['000', '001', '002', '003', '004'])('importing seed %s', (prefix) => {
  it('loses no character of the source, in order', () => {
    const { seed, result } = importSeed(prefix);
    expect(findLostCharacter(seed.text, result.mdx)).toBeNull();
    for (const term of result.terms) expect(term.mdx.length).toBeGreaterThan(0);
  });

  it('produces MDX that parses', () => {
    const { result } = importSeed(prefix);
    expect(() => parse(result.mdx)).not.toThrow();
    for (const term of result.terms) expect(() => parse(term.mdx)).not.toThrow();
  });
});

describe('the loss check itself', () => {
  it('finds a dropped character', () => {
    expect(findLostCharacter('总结去年', '总去年')).toMatchObject({ char: '结', line: 1 });
    expect(findLostCharacter('甲乙', '乙甲')).toMatchObject({ char: '乙' });
    expect(findLostCharacter('甲 乙\n丙', '<p>甲</p>乙 丙')).toBeNull();
  });
});

describe('metadata', () => {
  it('reads the disclosure block of 000', () => {
    const { result } = importSeed('000');
    expect(result.detected).toMatchObject({
      indexNumber: 'A25010-7593-9696-1648-2717-4699',
      publisherName: '西湖区城建局',
      date: '2020-05-07',
      validity: '有效',
      disclosureScope: '面向全社会',
      disclosureMethod: '主动公开',
      title: '关于开展“彰显省会担当 我们怎么干”解放思想大讨论活动的方案',
      columnPath: ['首页', '政务公开', '政府信息公开平台', '部门信息公开', '西湖区住建局', '履职依据'],
    });
    expect(result.detected.topic).toBeUndefined();
    expect(result.mdx).toContain('publisher: xihu-urban-construction-bureau');
  });

  it('keeps the source page’s “手机扫码浏览” (its QR code caption) out of the body, as page furniture', () => {
    const { result } = importSeed('000');
    const text = body(result.mdx);
    expect(text).not.toMatch(/^手机扫码浏览$/m);
    expect(text).toContain('{/* 原文页面导航：手机扫码浏览 */}');
  });

  it('reads date, time and source of the news item 004', () => {
    const { result } = importSeed('004');
    expect(result.detected).toMatchObject({ date: '2020-11-19', time: '09:14', sourceName: '滨湖区人民政府' });
    expect(result.mdx).toContain('publisher: binhu-government');
    expect(result.detected.columnPath).toEqual(['首页', '新闻中心', '滨湖要闻']);
    expect(result.detected.title).toBe('我区召开全区文明城市建设整改提升工作部署会暨文明城市建设整改提升工作领导小组第一次会议');
  });

  it('detects the Traditional script of the speech 003 and its time line', () => {
    const { result } = importSeed('003');
    expect(result.detected).toMatchObject({ language: 'zh-Hant', date: '2022-07-17', time: '07:01', title: '區委書記在城建專題會講話' });
  });

  it('keeps a reposting site’s time as the source’s, apart from the document’s date', () => {
    const { result } = importSeed('003');
    const head = result.mdx.slice(0, result.mdx.indexOf('\n---\n', 4));
    expect(head).toContain("date: '2011'");
    expect(head).toContain("repostedOn: '2022-07-17'");
    expect(head).toContain("repostedTime: '07:01'");
    expect(head).not.toMatch(/^time:/m);
    // without the document's own date the importer asks for it rather than take the reposting date
    expect(() => importSeed('003', { date: undefined })).toThrow(MissingFieldsError);
  });

  it('writes no publisher and no validity the text does not give', () => {
    const { result } = importSeed('001');
    const head = result.mdx.slice(0, result.mdx.indexOf('\n---\n', 4));
    expect(head).not.toMatch(/^publisher:/m);
    expect(head).toContain('publisherNote: 原文未注明发布单位');
    expect(head).not.toMatch(/^validity:/m);
    // 000's block says 有效性: 有效, so it is written
    expect(importSeed('000').result.mdx).toContain('validity: 有效');
    expect(() => importSeed('001', { publisherNote: undefined })).toThrow(/--publisher-note/);
  });
});

describe('structure', () => {
  it('turns the heading ladder into headings without skipping levels', () => {
    const { result } = importSeed('000');
    const text = body(result.mdx);
    expect(text).toContain('\n## 一、指导思想\n');
    expect(text).toContain('\n### (一)学习动员阶段:4月下旬至5月上旬\n');
    expect(text).toContain('\n#### 4.深入进行一轮全面查摆\n');
    expect(text).toContain('\n##### 1)聚焦城市建管进行查摆\n');
    // a rung followed by sentences stays a paragraph, marker kept
    expect(text).toContain('\n(一)坚持问题导向。把问题导向');
    expect(text).not.toMatch(/^#+ ①/m);
  });

  it('sets task notes apart, also where a bracket was lost', () => {
    const plan = body(importSeed('001').result.mdx);
    expect(plan).toContain('<span class="task-note">〔牵头单位:城建办、城管办,责任单位:各相关社区〕</span>');
    const disclosure = body(importSeed('000').result.mdx);
    expect(disclosure).toContain('<span class="task-note">(牵头领导:赵光耀;责任部门:领导小组办公室;机关各科室,局属各单位)</span>');
    expect(disclosure).toContain('<span class="task-note">牵头领导:段纹;责任部门:工程建设科)</span>');
    expect(disclosure).toContain('<span class="task-note">牵头领导:赵光耀;责任部门:机关各科室、局属各单位</span>');
  });

  it('links the circled note markers of the work report to its 名词解释, and back', () => {
    const report = body(importSeed('002').result.mdx);
    expect(report).toContain('“雪亮工程”<sup class="note-ref"><a href="#note-5" id="note-ref-5-1" aria-label="名词解释第 5 条">⑤</a></sup>');
    expect(report).toContain('\n## 名词解释\n');
    expect(report).toMatch(/<p id="note-5" class="note">5\.雪亮工程:以县、乡、村三级综治中心为指挥平台.*<a class="note-back" href="#note-ref-5-1"/);
    // list markers of 000 are not notes
    expect(body(importSeed('000').result.mdx)).not.toContain('note-ref');
  });

  it('makes the 20 名词解释 entries of 002 glossary terms, numbered 1 to 20', () => {
    const { terms } = importSeed('002').result;
    expect(terms.map((term) => term.noteNumber)).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
    const byTerm = new Map(terms.map((term) => [term.term, term]));
    expect(byTerm.get('四门八洲十三坡')?.slug).toBe('si-men-ba-zhou-shi-san-po');
    expect(byTerm.get('2545工作模式')?.slug).toBe('2545-gong-zuo-mo-shi');
    expect(byTerm.get('2545工作模式')?.mdx).toContain('- “2545”工作模式');
    expect(byTerm.get('2545工作模式')?.mdx).toContain("- '2545'");
    expect(byTerm.get('五治基层社会治理体系')?.mdx).toContain('- 五治融合');
    expect(byTerm.get('雪亮工程')?.mdx).toContain('sourceDocument: report/xihu-government-work-report-2021');
  });
});

describe('damage', () => {
  it('flags every damaged place of the speech 003 with its line', () => {
    const { result } = importSeed('003');
    const lines = result.damage.map((finding) => finding.line);
    expect(new Set(lines)).toEqual(new Set([7, 12, 15, 32]));
    expect(lines.filter((line) => line === 15).length).toBeGreaterThanOrEqual(4);
    expect(result.damage.find((finding) => finding.line === 7)?.context).toContain('基礎??偨Y');
  });

  it('finds nothing in the undamaged seeds', () => {
    for (const prefix of ['000', '001', '002', '004']) expect(importSeed(prefix).result.damage).toEqual([]);
  });

  it('flags replacement characters and quote debris, not ordinary question marks', () => {
    expect(findDamage('文字\uFFFD文字').map((f) => f.kind)).toEqual(['replacement-character']);
    expect(findDamage("克服‘一般化''''”").map((f) => f.kind)).toEqual(['quote-debris']);
    expect(findDamage('是什么?')).toEqual([]);
  });
});

describe('missing facts are asked for, never guessed', () => {
  it('names the options the text does not answer', () => {
    const seed = readSeed('001');
    try {
      importDocument(seed.text, { sourceFile: seed.file });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(MissingFieldsError);
      const message = (error as Error).message;
      for (const option of ['--kind', '--title', '--publisher', '--date', '--slug', '--summary']) expect(message).toContain(option);
      expect(message).toContain('001_016269cb03e34d1e.txt');
    }
  });

  it('says when a publisher name in the text matches no organisation', () => {
    const seed = readSeed('000');
    expect(() => importDocument(seed.text, { sourceFile: seed.file, kind: 'disclosure', slug: 'x', summary: 's', organisations: [] })).toThrow(
      /原文写作“西湖区城建局”，但没有同名机构/,
    );
  });

  it('refuses a summary longer than the rule allows for the document’s length', () => {
    const seed = readSeed('001');
    const options = { sourceFile: seed.file, kind: 'plan', slug: 'x', title: '方案', publisher: 'xihu-street-office', date: '2020-01-01' };
    // the plan is under 5,000 characters: 300 at most
    expect(() => importDocument(seed.text, { ...options, summary: '概'.repeat(301) })).toThrow(/内容概述有 301 字，超过了 300 字[\s\S]*改法：把 summary 缩短到 300 字以内/);
    expect(importDocument(seed.text, { ...options, summary: '概'.repeat(300) }).mdx).toContain('概'.repeat(300));
  });
});

describe('slugs', () => {
  it('spells Chinese in pinyin for stable addresses', () => {
    expect(slugFromChinese('四门八洲十三坡')).toBe('si-men-ba-zhou-shi-san-po');
    expect(slugFromChinese('“五类”土地')).toBe('wu-lei-tu-di');
  });
});
