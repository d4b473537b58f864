import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { notice, noticeDocx } from '../tools/importer/notice.test-support.ts';
import { validateHtml } from '../tools/check-site/html-validity.ts';
import { findBrokenLinks } from '../tools/check-site/site-links.ts';
import { site } from '../src/site.config.ts';
import { readBuiltSite } from '../tools/check-site/built-site.ts';
import { buildPages, copyFixture } from './support/content-fixture.ts';
import { filesUnder } from '../src/core/files.ts';

/**
 * Staff publish a Word 公文 with one command: the generated 通知 is imported by the real
 * `npm run import` into a copy of the minimal fixture, with its two attachments beside
 * it, and the folder is built. The page must show every part in its place, and its
 * attachments and picture must be published with it.
 */
const slug = 'xihu-old-housing-renewal-notice-2024';
const fixture = copyFixture();
const work = mkdtempSync(join(tmpdir(), 'word-import-'));
const out = mkdtempSync(join(tmpdir(), 'word-import-site-'));
const attachmentBytes = [Buffer.from('项目清单（表格）'), Buffer.from('%PDF-1.4 意见征询表')];
let imported: ReturnType<typeof spawnSync>;

const runImport = (file: string, ...args: string[]) =>
  spawnSync('tsx', ['tools/importer/cli.ts', file, '--content', fixture.dir, ...args], { encoding: 'utf8', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } });

beforeAll(async () => {
  writeFileSync(join(fixture.dir, 'organisations', 'xihu-government-office.yaml'), 'name: 西湖区人民政府办公室\ntype: 政府部门\n');
  writeFileSync(join(work, '通知.docx'), await noticeDocx());
  writeFileSync(join(work, `附件1：${notice.attachments[0]}.xlsx`), attachmentBytes[0]!);
  writeFileSync(join(work, '附件2.pdf'), attachmentBytes[1]!);
  imported = runImport(join(work, '通知.docx'), '--kind', 'disclosure', '--slug', slug, '--date', '2024-03-07', '--summary', '西湖区人民政府办公室部署2024年老旧小区改造工作。');
  if (imported.status !== 0) throw new Error(`import failed:\n${imported.stdout}\n${imported.stderr}`);
  const result = buildPages(fixture.dir, out);
  if (result.status !== 0) throw new Error(`fixture build failed:\n${result.output}`);
}, 240_000);
afterAll(() => {
  fixture.remove();
  rmSync(work, { recursive: true, force: true });
  rmSync(out, { recursive: true, force: true });
});

const page = () => parse(readFileSync(join(out, 'documents', 'disclosure', slug, 'index.html'), 'utf8'));

describe('npm run import of a Word 公文', () => {
  it('says what it recognised and writes the document, its picture and its attachments', () => {
    expect(imported.stdout).toContain(`标题“${notice.title}”`);
    expect(imported.stdout).toContain(`发文字号 ${notice.documentNumber}`);
    expect(imported.stdout).toContain('附件 2 个');
    expect(filesUnder(join(fixture.dir, 'files'))).toEqual(
      expect.arrayContaining([`disclosure/${slug}/attachment-1.xlsx`, `disclosure/${slug}/attachment-2.pdf`, `disclosure/${slug}/image-1.png`]),
    );
  });

  it('refuses a PDF and a misnamed file with a Chinese message, writing nothing', () => {
    const before = filesUnder(fixture.dir);
    writeFileSync(join(work, '通知.pdf'), '%PDF-1.7\n');
    const pdf = runImport(join(work, '通知.pdf'), '--kind', 'disclosure', '--slug', 'x', '--summary', 's', '--date', '2024-03-07');
    expect(pdf.status).toBe(2);
    expect(pdf.stderr).toContain('通知.pdf：这是 PDF 文件，暂不能导入');
    writeFileSync(join(work, '假的.docx'), '这其实是文本');
    const misnamed = runImport(join(work, '假的.docx'), '--kind', 'disclosure', '--slug', 'y', '--summary', 's', '--date', '2024-03-07');
    expect(misnamed.status).toBe(2);
    expect(misnamed.stderr).toContain('假的.docx：文件扩展名是 .docx，但内容是纯文本文件');
    expect(misnamed.stderr).not.toMatch(/at .+\.ts:\d+/);
    expect(filesUnder(fixture.dir)).toEqual(before);
  });
});

describe('the built page of the imported 通知', () => {
  it('shows the title, 发文字号, 签发人 and 成文日期 in the metadata table', () => {
    const html = page();
    expect(html.querySelector('h1')!.text.trim()).toBe(notice.title);
    const cells = html.querySelectorAll('table.metadata-table th').map((th) => [th.text.trim(), th.nextElementSibling?.text.trim()]);
    expect(cells).toEqual(expect.arrayContaining([['文件编号', notice.documentNumber], ['签发人', notice.signer], ['成文日期', notice.writtenOn], ['发布机构', '西湖区人民政府办公室']]));
  });

  it('keeps the body’s headings, table, picture and closing parts', () => {
    const body = page().querySelector('.document-body')!;
    expect(body.querySelectorAll('h2').map((h) => h.text.trim())).toEqual(expect.arrayContaining([notice.headings[0], notice.headings[4], notice.headings[5]]));
    expect(body.querySelector('h3')!.text.trim()).toBe(notice.headings[1]);
    expect(body.querySelector('h5')!.text.trim()).toBe(notice.headings[3]);
    const rows = body.querySelectorAll('table tr').map((tr) => tr.querySelectorAll('th, td').map((cell) => cell.text.trim()));
    expect(rows).toEqual(notice.table.map((row) => [...row]));
    const image = body.querySelector('img')!;
    expect(image.getAttribute('alt')).toBe(notice.imageAlt);
    const src = image.getAttribute('src')!;
    expect(readFileSync(join(out, src)).subarray(0, 4)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47]));
    expect(body.querySelector('p')!.text.trim()).toBe(`${notice.recipients}：`);
    expect(body.querySelectorAll('p.signature').map((p) => p.text.trim())).toEqual([notice.issuer, notice.writtenOnText]);
    expect(body.querySelectorAll('p.imprint')[0]!.text.trim()).toBe(`抄送：${notice.copiedTo}。`);
    expect(body.text).toContain(notice.footnote);
  });

  it('lists the two attachments and publishes their files with the page, byte for byte', () => {
    const links = page().querySelectorAll('section.attachments li a');
    expect(links.map((link) => link.text.trim())).toEqual([...notice.attachments]);
    expect(page().querySelector('section.attachments')!.text).toMatch(/Excel 表格/);
    links.forEach((link, index) => {
      const href = link.getAttribute('href')!;
      expect(href).toMatch(new RegExp(`^/files/disclosure/${slug}/attachment-${index + 1}\\.(xlsx|pdf)$`));
      expect(existsSync(join(out, href))).toBe(true);
      expect(readFileSync(join(out, href))).toEqual(attachmentBytes[index]);
    });
  });

  it('gives the 公文 parts to its JSON-LD', () => {
    const ld = JSON.parse(page().querySelector('script[type="application/ld+json"]')!.text);
    expect(ld).toMatchObject({
      dateCreated: '2024-03-05T00:00:00+08:00',
      accountablePerson: { '@type': 'Person', name: notice.signer },
      associatedMedia: [
        { '@type': 'MediaObject', name: notice.attachments[0], contentUrl: expect.stringMatching(/\/files\/disclosure\/.+\/attachment-1\.xlsx$/) },
        { '@type': 'MediaObject', name: notice.attachments[1] },
      ],
    });
  });
});

describe('the imported 通知’s page in the built fixture site', () => {
  it('is valid HTML and every link, picture and attachment of the page leads somewhere', async () => {
    const { files, all } = readBuiltSite(out);
    const notice = files.find((file) => file.path === `documents/disclosure/${slug}/index.html`)!;
    // pages only were built: share cards are a later step of a full build
    const broken = findBrokenLinks([notice], all, `https://${site.domain}`).filter((link) => !link.target.includes('/cards/'));
    expect(broken).toEqual([]);
    expect(await validateHtml(notice.path, notice.html)).toEqual([]);
  });
});
