import { createProcessor } from '@mdx-js/mdx';
import remarkGfm from 'remark-gfm';
import { describe, expect, it } from 'vitest';
import { findDamage, isChecked, parseCheckedPlaces } from '../../src/core/chinese/damage.ts';
import { decodeText } from './encoding.ts';
import { importDocument, type ImportOptions } from './import-document.ts';
import { gbkBytes, notice, noticeFields, noticeOrganisations, noticeText } from './notice.test-support.ts';
import { parseChineseDate } from './official-document.ts';
import { findLostCharacter } from './subsequence.ts';
import { bodyOf, readFrontMatter } from '../../src/core/files.ts';

const options: ImportOptions = {
  sourceFile: '通知.txt',
  kind: 'disclosure',
  slug: 'xihu-old-housing-renewal-notice-2024',
  summary: '西湖区人民政府办公室部署2024年老旧小区改造工作。',
  date: '2024-03-07',
  organisations: noticeOrganisations,
};

describe('the plain-text importer on a 公文 copied out of Word', () => {
  const result = importDocument(noticeText(), options);
  const fields = readFrontMatter(result.mdx);
  const body = bodyOf(result.mdx);

  it('takes the 版头 for what it is, not the title, and joins a two-line title', () => {
    expect(result.detected.title).toBe(notice.title);
    expect(fields['title']).toBe(notice.title);
    expect(result.mdx).toContain(`# 原文第 1 行：${notice.issuer}文件`);
    expect(body).not.toContain(`${notice.issuer}文件`);
  });

  it('puts every GB/T 9704 part in its field', () => {
    expect(fields).toMatchObject({ ...noticeFields, attachments: notice.attachments.map((title) => ({ title })) });
  });

  it('keeps the heading ladder, with “（一）…。” as a heading and 附件 items as text', () => {
    expect(body).toContain(`\n## ${notice.headings[0]}\n`);
    expect(body).toContain(`\n### ${notice.headings[1]}\n`);
    expect(body).toContain(`\n#### ${notice.headings[2]}\n`);
    expect(body).toContain(`\n##### ${notice.headings[3]}\n`);
    expect(body).toContain(`\n2．${notice.attachments[1]}\n`);
    expect(body).not.toMatch(/^#+ .*清单/m);
    expect(body).toContain(`<p class="signature">${notice.writtenOnText}</p>`);
  });

  it('loses nothing and writes MDX that parses', () => {
    expect(findLostCharacter(noticeText(), result.mdx)).toBeNull();
    expect(() => createProcessor({ format: 'mdx', remarkPlugins: [remarkGfm] }).parse(body)).not.toThrow();
  });

  it('reads a bare 发文字号 line and a 成文日期 line in a metadata block', () => {
    const text = ['西湖区人民政府文件', '西府发〔2024〕3号', '关于印发某某办法的通知', '成文日期：2024年3月5日', '各街道：', '正文。'].join('\n');
    const imported = importDocument(text, { ...options, organisations: [] , publisher: 'xihu-government' });
    expect(imported.detected.official.documentNumber).toBe('西府发〔2024〕3号');
    expect(imported.detected.title).toBe('关于印发某某办法的通知');
    expect(readFrontMatter(imported.mdx)).toMatchObject({ documentNumber: '西府发〔2024〕3号', writtenOn: '2024-03-05', recipients: '各街道' });
  });

  it('takes the publisher from the 署名 when an organisation of that name exists', () => {
    const text = ['关于做好防汛工作的通知', '各街道：', '请做好防汛准备。', notice.issuer, '2024年6月1日'].join('\n');
    const imported = importDocument(text, { ...options, organisations: noticeOrganisations });
    expect(readFrontMatter(imported.mdx)).toMatchObject({ publisher: 'xihu-government-office', writtenOn: '2024-06-01' });
  });

  it('makes terms of a “四、名词解释” section with ①② entries', () => {
    const text = ['关于老旧小区改造的说明', '一、改造内容', '推进老旧小区①改造和完整社区②建设。', '四、名词解释', '①老旧小区：城市或县城建成年代较早、失养失修失管的住宅小区。', '②完整社区：在居民适宜步行范围内有完善基本公共服务设施的社区。'].join('\n');
    const imported = importDocument(text, { ...options, publisher: 'xihu-government-office' });
    expect(imported.terms.map((term) => [term.term, term.noteNumber])).toEqual([
      ['老旧小区', 1],
      ['完整社区', 2],
    ]);
    const importedBody = bodyOf(imported.mdx);
    expect(importedBody).toContain('\n## 四、名词解释\n');
    expect(importedBody).toContain('<p id="note-1" class="note">①老旧小区：');
    expect(importedBody).toContain('<a href="#note-2" id="note-ref-2-1" aria-label="名词解释第 2 条">②</a>');
  });
});

describe('Chinese dates', () => {
  it('reads Arabic and Chinese numerals, and refuses days that do not exist', () => {
    expect(parseChineseDate('2024年3月5日')).toBe('2024-03-05');
    expect(parseChineseDate('２０２４年１２月３１日')).toBe('2024-12-31');
    expect(parseChineseDate('二〇二四年三月二十五日')).toBe('2024-03-25');
    expect(parseChineseDate('二〇二四年十二月三十一日')).toBe('2024-12-31');
    expect(parseChineseDate('2024年2月30日')).toBeUndefined();
    expect(parseChineseDate('2024年3月')).toBeUndefined();
  });
});

describe('text encodings', () => {
  const text = noticeText();

  it('reads a GBK file as GBK, with no damage and the same import as UTF-8', () => {
    const decoded = decodeText(gbkBytes(text), '通知.txt');
    expect(decoded.encoding).toBe('GB18030');
    expect(decoded.text).toBe(text);
    const imported = importDocument(decoded.text, options);
    expect(imported.detected.language).toBe('zh-Hans');
    expect(imported.damage).toEqual([]);
    expect(imported.mdx).toBe(importDocument(text, options).mdx);
  });

  it('reads UTF-16 with a byte-order mark either way round, and UTF-8 with one', () => {
    const utf16le = new Uint8Array([0xff, 0xfe, ...new Uint8Array(new Uint16Array([...text].map((char) => char.charCodeAt(0))).buffer)]);
    expect(decodeText(utf16le, 'a.txt')).toEqual({ text, encoding: 'UTF-16LE', bom: true });
    const be = [...text].flatMap((char) => [char.charCodeAt(0) >> 8, char.charCodeAt(0) & 0xff]);
    expect(decodeText(new Uint8Array([0xfe, 0xff, ...be]), 'a.txt')).toEqual({ text, encoding: 'UTF-16BE', bom: true });
    expect(decodeText(new Uint8Array(be), 'a.txt').encoding).toBe('UTF-16BE');
    const utf8 = new TextEncoder().encode(text);
    expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8]), 'a.txt')).toEqual({ text, encoding: 'UTF-8', bom: true });
    expect(decodeText(utf8, 'a.txt')).toEqual({ text, encoding: 'UTF-8', bom: false });
  });
});

describe('question marks', () => {
  it('does not flag the ？ of a question, in a Q&A', () => {
    expect(findDamage('问：什么是老旧小区？答：2000年底前建成的住宅小区。')).toEqual([]);
    expect(findDamage('改造资金从哪里来？区财政统筹安排。')).toEqual([]);
    expect(findDamage('居民是否需要出资?按规定分担。')).toEqual([]);
  });

  it('flags runs of ？ and a ？ inside a word, where characters were lost', () => {
    expect(findDamage('老旧小区？？改造').map((finding) => finding.text)).toEqual(['？？']);
    expect(findDamage('推进老旧小？改造工作').map((finding) => finding.column)).toEqual([6]);
  });

  it('lets a person mark a warning as checked, so --strict can pass', () => {
    const text = '第一行\n推进老旧小？改造工作';
    const places = parseCheckedPlaces(['2:6']);
    const imported = importDocument(text, { ...options, title: '测试', publisher: 'xihu-government-office', checked: places });
    expect(imported.damage).toEqual([]);
    expect(imported.checkedDamage.map((finding) => [finding.line, finding.column])).toEqual([[2, 6]]);
    expect(isChecked(findDamage(text)[0]!, parseCheckedPlaces(['2']))).toBe(true);
    expect(() => parseCheckedPlaces(['第二行'])).toThrow(/请写成“行:列”/);
  });
});
