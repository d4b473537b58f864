import { createProcessor } from '@mdx-js/mdx';
import { strToU8, unzipSync, zipSync } from 'fflate';
import { AlignmentType, Document, Packer, Paragraph, TextRun } from 'docx';
import mammoth from 'mammoth';
import remarkGfm from 'remark-gfm';
import { describe, expect, it } from 'vitest';
import { embedObject, notice, noticeDocx, noticeFields, noticeOrganisations, simpleDocx } from '../notice.test-support.ts';
import { findLostCharacter } from '../subsequence.ts';
import { documentText, readDocx } from './docx-xml.ts';
import { importWord, type WordImportOptions } from './import-word.ts';
import { WordImportError } from './read-word.ts';
import { convertWithLibreOffice, findLibreOffice } from './libreoffice.ts';
import { bodyOf, readFrontMatter } from '../../../src/core/files.ts';

const options: WordImportOptions = {
  sourceFile: '通知.docx',
  kind: 'disclosure',
  slug: 'xihu-old-housing-renewal-notice-2024',
  summary: '西湖区人民政府办公室部署2024年老旧小区改造工作。',
  date: '2024-03-07',
  organisations: noticeOrganisations,
};
const besideFiles = [
  { name: '附件1：西湖区2024年老旧小区改造项目清单.xlsx', read: () => strToU8('清单') },
  { name: '附件2.pdf', read: () => strToU8('%PDF-1.4 征询表') },
];

const parse = (mdx: string) => createProcessor({ format: 'mdx', remarkPlugins: [remarkGfm] }).parse(bodyOf(mdx));

/** Every GB/T 9704 part of the generated 通知 in its field, the body's structure, and nothing lost. */
async function expectNoticeImported(file: Buffer, wordOptions: WordImportOptions, reference: Buffer = file) {
  const result = await importWord(file, wordOptions);
  const fields = readFrontMatter(result.mdx);
  expect(fields).toMatchObject({ title: notice.title, ...noticeFields });
  expect((fields['attachments'] as { title: string }[]).map((attachment) => attachment.title)).toEqual([...notice.attachments]);
  const body = bodyOf(result.mdx);
  // the 版头 and the title are not in the body; the 主送机关 opens it
  expect(body).not.toContain(`${notice.issuer}文件`);
  expect(body).not.toContain(notice.titleLines[0]);
  expect(body.trimStart().startsWith(`${notice.recipients}：`)).toBe(true);
  // the heading ladder 一、 / （一） / 1． / （1）
  expect(body).toContain(`\n## ${notice.headings[0]}\n`);
  expect(body).toContain(`\n### ${notice.headings[1]}\n`);
  expect(body).toContain(`\n#### ${notice.headings[2]}\n`);
  expect(body).toContain(`\n##### ${notice.headings[3]}\n`);
  expect(body).toContain(`\n## ${notice.headings[4]}\n`);
  // the table, as a Markdown table
  expect(body).toContain('| 街道 | 小区数（个） | 居民（户） |\n| --- | --- | --- |\n| 西湖街道 | 8 | 1560 |\n| 南浦街道 | 17 | 3260 |');
  // the picture, as a local file with its text
  const image = result.files.find((file) => file.name === 'image-1.png');
  expect([...image!.bytes.subarray(0, 4)]).toEqual([0x89, 0x50, 0x4e, 0x47]);
  expect(body).toContain(`![${notice.imageAlt}](/files/disclosure/xihu-old-housing-renewal-notice-2024/image-1.png)`);
  // the footnote
  expect(body).toMatch(/涉及居民4820户。\[\^1\]/);
  expect(body).toContain(`[^1]: ${notice.footnote}`);
  // 附件说明 items stay text, never headings; 署名 and 成文日期 close the body, the 版记 after them
  expect(body).toContain(`附件：1．${notice.attachments[0]}`);
  expect(body).not.toMatch(/^#+ 2．/m);
  expect(body).toContain(`<p class="signature">${notice.issuer}</p>`);
  expect(body).toContain(`<p class="signature">${notice.writtenOnText}</p>`);
  expect(body).toContain(`<p class="imprint">抄送：${notice.copiedTo}。</p>`);
  // lossless: every character of every paragraph, in order, by our reader and by mammoth's
  expect(findLostCharacter(documentText(readDocx(reference, 'x.docx')), result.mdx)).toBeNull();
  expect(findLostCharacter((await mammoth.extractRawText({ buffer: reference })).value, result.mdx)).toBeNull();
  expect(() => parse(result.mdx)).not.toThrow();
  return result;
}

describe('importing a Word 公文 (GB/T 9704)', () => {
  it('puts every part of the generated 通知 in its field, keeps headings, table, picture and footnote, and loses nothing', async () => {
    const result = await expectNoticeImported(await noticeDocx(), { ...options, besideFiles });
    expect(result.readAs).toBe('docx');
    expect(result.damage).toEqual([]);
  });

  it('reads the 版头 by its look: red 小标宋 for the 发文机关标志, centred 二号 for the two title lines', async () => {
    const blocks = readDocx(await noticeDocx(), 'x.docx').blocks;
    const issuer = blocks.find((block) => block.text === `${notice.issuer}文件`);
    expect(issuer?.type === 'paragraph' && issuer.look).toMatchObject({ centred: true, font: '方正小标宋简体', size: 36, colour: 'FF0000' });
    const title = blocks.find((block) => block.text === notice.titleLines[1]);
    expect(title?.type === 'paragraph' && title.look).toMatchObject({ centred: true, font: '方正小标宋简体', size: 22 });
    const heading = blocks.find((block) => block.text === notice.headings[0]);
    expect(heading?.type === 'paragraph' && heading.look).toMatchObject({ centred: false, font: '黑体', size: 16 });
  });

  it('publishes the attachments given beside the Word file, under plain names, and lists them', async () => {
    const result = await importWord(await noticeDocx(), { ...options, besideFiles });
    expect(readFrontMatter(result.mdx)['attachments']).toEqual([
      { title: notice.attachments[0], file: 'attachment-1.xlsx' },
      { title: notice.attachments[1], file: 'attachment-2.pdf' },
    ]);
    expect(new TextDecoder().decode(result.files.find((file) => file.name === 'attachment-2.pdf')!.bytes)).toBe('%PDF-1.4 征询表');
    expect(result.notices).toEqual([]);
  });

  it('says which attachment has no file, and still names it', async () => {
    const result = await importWord(await noticeDocx(), { ...options, besideFiles: besideFiles.slice(0, 1) });
    expect(readFrontMatter(result.mdx)['attachments']).toEqual([{ title: notice.attachments[0], file: 'attachment-1.xlsx' }, { title: notice.attachments[1] }]);
    expect(result.notices.join('\n')).toMatch(/附件2“老旧小区改造居民意见征询表”：Word 文件中没有嵌入这个附件/);
  });

  it('publishes an attachment embedded in the 附件说明, and names an embedded object it cannot read with its place, kept in the body', async () => {
    const workbook = zipSync({ '[Content_Types].xml': strToU8('<Types/>'), 'xl/workbook.xml': strToU8('<workbook/>') });
    let docx = embedObject(await noticeDocx(), notice.attachments[0], { name: 'Microsoft_Excel_Worksheet.xlsx', bytes: workbook, progId: 'Excel.Sheet.12' });
    docx = embedObjectSecond(docx);
    const result = await importWord(docx, { ...options, besideFiles: [] });
    const fields = readFrontMatter(result.mdx);
    expect((fields['attachments'] as { file?: string }[])[0]).toEqual({ title: notice.attachments[0], file: 'attachment-1.xlsx' });
    expect(result.files.find((file) => file.name === 'attachment-1.xlsx')?.bytes).toEqual(workbook);
    const body = bodyOf(result.mdx);
    expect(body).toContain('<p class="import-note">〔原文此处嵌入了一个对象（Equation.3，oleObject1.bin），本站无法读取，未能显示。〕</p>');
    // the note follows the paragraph the object sits in
    expect(body.indexOf('import-note')).toBeGreaterThan(body.indexOf(notice.paragraphs.water));
    expect(body.indexOf('import-note')).toBeLessThan(body.indexOf(notice.headings[4]));
    expect(result.notices.join('\n')).toMatch(/第 \d+ 段“.*确保居民用水安全。”之后嵌入了一个无法读取的对象（Equation\.3，oleObject1\.bin）/);
  });

  it('reads a 函’s 发文机关标志, which has no 文件, by its red 小标宋 alone', async () => {
    const line = (text: string, look: { size: number; color?: string; font: string; centred?: boolean }) =>
      new Paragraph({ alignment: look.centred ? AlignmentType.CENTER : undefined, children: [new TextRun({ text, size: look.size, color: look.color, font: { eastAsia: look.font } })] });
    const letter = await Packer.toBuffer(
      new Document({
        sections: [{
          children: [
            line(notice.issuer, { size: 72, color: 'E00000', font: '方正小标宋简体', centred: true }),
            line('西府办函〔2024〕7号', { size: 32, font: '仿宋_GB2312', centred: true }),
            line('关于征求意见的函', { size: 44, font: '方正小标宋简体', centred: true }),
            line('区财政局：', { size: 32, font: '仿宋_GB2312' }),
            line('请于3月15日前反馈意见。', { size: 32, font: '仿宋_GB2312' }),
          ],
        }],
      }),
    );
    const result = await importWord(letter, { ...options, sourceFile: '函.docx' });
    expect(readFrontMatter(result.mdx)).toMatchObject({ title: '关于征求意见的函', publisher: 'xihu-government-office', documentNumber: '西府办函〔2024〕7号', recipients: '区财政局' });
    expect(result.detected.official.issuer).toBe(notice.issuer);
  });

  it('asks for the organisation file when the 版头 names an organisation the site does not have', async () => {
    await expect(importWord(await noticeDocx(), { ...options, organisations: [] })).rejects.toThrow(
      /原文写作“西湖区人民政府办公室”，但没有同名机构：请先新建机构文件 content\/organisations\/<英文文件名>\.yaml，写上 name: 西湖区人民政府办公室/,
    );
  });

  it.skipIf(!findLibreOffice())('imports the same 通知 saved as an old .doc, through LibreOffice', async () => {
    const doc = convertWithLibreOffice(await noticeDocx(), 'notice.docx', 'doc');
    expect([...doc.subarray(0, 4)]).toEqual([0xd0, 0xcf, 0x11, 0xe0]);
    // what must survive is every character of the document as LibreOffice reads the .doc
    const reference = Buffer.from(convertWithLibreOffice(doc, 'notice.doc', 'docx'));
    const result = await expectNoticeImported(Buffer.from(doc), { ...options, sourceFile: '通知.doc', besideFiles }, reference);
    expect(result.readAs).toContain('经 LibreOffice 转换');
  }, 120_000);
});

/** A second embedded object, an equation Word keeps as an opaque OLE stream, after the water-supply paragraph. */
function embedObjectSecond(docx: Buffer): Buffer {
  return embedObject(docx, notice.paragraphs.water, { name: 'oleObject1.bin', bytes: new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 1, 2, 3]), progId: 'Equation.3' }).valueOf() as Buffer;
}

describe('files the Word importer refuses, with nothing written', () => {
  const refuse = (bytes: Uint8Array, sourceFile: string) => importWord(bytes, { ...options, sourceFile });

  it('a PDF, whatever its name: import the Word or text original', async () => {
    const pdf = strToU8('%PDF-1.7\n1 0 obj\n<<>>\nendobj\n');
    await expect(refuse(pdf, '通知.pdf')).rejects.toThrow(/这是 PDF 文件，暂不能导入.*请找到它的 Word 原件（\.docx\/\.doc\/\.wps）或文本文件（\.txt）再导入/);
    await expect(refuse(pdf, '通知.docx')).rejects.toThrow(/这是 PDF 文件/);
  });

  it('a file that is not what its extension says', async () => {
    await expect(refuse(strToU8('西湖区人民政府办公室文件\n关于…的通知'), '通知.docx')).rejects.toThrow(/扩展名是 \.docx，但内容是纯文本文件.*请把扩展名改为 \.txt/);
    await expect(refuse(zipSync({ 'a.txt': strToU8('x') }), '通知.docx')).rejects.toThrow(/扩展名是 \.docx，但内容是压缩包/);
    await expect(refuse(await noticeDocx(), '通知.odt')).rejects.toThrow(/扩展名是 \.odt，但内容是Word 文档/);
  });

  it('a damaged Word file', async () => {
    const docx = await noticeDocx();
    await expect(refuse(docx.subarray(0, docx.length / 2), '通知.docx')).rejects.toThrow(/通知\.docx：文件已损坏/);
    const files = unzipSync(new Uint8Array(docx));
    files['word/document.xml'] = strToU8('<w:document><w:body><w:p></w:body></w:document>');
    await expect(refuse(zipSync(files), '通知.docx')).rejects.toThrow(/文件已损坏/);
  });

  it('a password-protected Word file', async () => {
    const encrypted = new Uint8Array(2048);
    encrypted.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    encrypted.set([...'EncryptedPackage'].flatMap((char) => [char.charCodeAt(0), 0]), 1024);
    await expect(refuse(encrypted, '通知.docx')).rejects.toThrow(/文件设置了打开密码，无法读取/);
  });

  it('a Word file with no text', async () => {
    await expect(refuse(await simpleDocx(['', '　 ']), '空白.docx')).rejects.toThrow(/空白\.docx：文档中没有文字/);
  });

  it('an old .doc when LibreOffice is missing: says so and how to install it', async () => {
    const before = process.env.SOFFICE_PATH;
    process.env.SOFFICE_PATH = '/nonexistent/soffice';
    try {
      const doc = new Uint8Array(1024);
      doc.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
      await expect(refuse(doc, '通知.doc')).rejects.toThrow(/本机没有安装 LibreOffice。Debian\/Ubuntu：以管理员身份运行 apt-get install libreoffice-writer-nogui/);
    } finally {
      if (before === undefined) delete process.env.SOFFICE_PATH;
      else process.env.SOFFICE_PATH = before;
    }
  });

  it('refusals are WordImportError, so the command prints the message alone', async () => {
    await expect(refuse(strToU8('%PDF-1.4'), 'a.pdf')).rejects.toBeInstanceOf(WordImportError);
  });
});
