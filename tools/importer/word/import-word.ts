/**
 * Imports a Word 公文 (.docx; .doc, .wps and .odt through LibreOffice) into the same
 * MDX the text importer writes. mammoth reads the body (paragraphs, lists, tables,
 * footnotes, images); our own zip + XML reader (docx-xml.ts) gives each paragraph's
 * font, size, alignment and colour, by which GB/T 9704 marks the 版头 and the 标题,
 * and every character in order, to prove nothing was lost.
 *
 * Over 300 lines on purpose: importWord is one pass over the file's paragraphs, and the steps of the pass (版头,
 * 附件, body, the proof that no character was lost) share its state (the notices, the files, the blocks matched so
 * far); cut apart, each would take and hand back all of it.
 */
import { extname } from 'node:path';
import sharp from 'sharp';
import { detectScript } from '../../../src/core/chinese/script.ts';
import { findDamage, isChecked } from '../../../src/core/chinese/damage.ts';
import { escapeMdxText } from '../escape.ts';
import { assembleMdx, frontMatterFields, requireFields, type Detected } from '../front-matter.ts';
import { readsAsOfficialTitle, renderClosing, type ImportOptions, type ImportResult } from '../import-document.ts';
import { headerRole, readClosing, readHeader, readsAsRecipients, readsAsTitleLine, type OfficialFields, type OfficialParagraph } from '../official-document.ts';
import { HeadingLevels, readsAsHeading, rungOf } from '../structure.ts';
import { findLostCharacter } from '../subsequence.ts';
import { documentText, readDocx, type DocxContent, type EmbeddedObject, type XmlBlock } from './docx-xml.ts';
import { docxBytes, plainText, readWithMammoth, squeeze, WordImportError, type MammothNode } from './read-word.ts';
import { documentFileUrl } from '../../../src/core/urls.ts';

export interface WordImportOptions extends ImportOptions {
  /** files in the Word file's folder, which may be its attachments (附件1.xlsx, 附件2：….pdf) */
  besideFiles?: { name: string; read: () => Uint8Array }[];
}

export interface PublishedFile {
  /** the name in content/files/<kind>/<document>/ */
  name: string;
  bytes: Uint8Array;
}

export interface WordImportResult extends ImportResult {
  /** the document's own files: its images and attachments */
  files: PublishedFile[];
  /** what the importer could not place or read, with where: staff must look at each */
  notices: string[];
  /** how the file was read: 'docx', or converted from another kind by LibreOffice */
  readAs: string;
}


const imageTypes: Record<string, string> = { 'image/png': '.png', 'image/jpeg': '.jpg', 'image/gif': '.gif', 'image/webp': '.webp', 'image/svg+xml': '.svg' };
const packageExtensions = /\.(xlsx|xls|docx|doc|pptx|ppt|pdf|csv|txt|zip|et|wps|odt|ods)$/i;

export async function importWord(bytes: Uint8Array, options: WordImportOptions): Promise<WordImportResult> {
  const fileName = options.sourceFile;
  const { docx, readAs } = await docxBytes(bytes, fileName);
  let content: DocxContent;
  try {
    content = readDocx(docx, fileName);
  } catch (error) {
    throw new WordImportError((error as Error).message);
  }
  const allText = documentText(content);
  if (!squeeze(allText)) throw new WordImportError(`${fileName}：文档中没有文字（可能全是图片或扫描件）。请找到有文字的 Word 原件或文本文件再导入。`);
  const model = await readWithMammoth(docx, fileName);
  const blocks = content.blocks;
  const notices: string[] = [];
  const place = (index: number) => `第 ${index + 1} 段`;
  const official: OfficialFields = {};
  const detected: Detected = { language: options.language ?? detectScript(allText), official };
  const asOfficial = (block: XmlBlock): OfficialParagraph => (block.type === 'paragraph' ? { text: block.text.replace(/\t/g, '　'), look: block.look } : { text: '［表格］' });

  // 1. 版头 and 标题: before the body, kept as comments in the front matter
  let bodyStart = 0;
  let headerSeen = false;
  const titleParts: string[] = [];
  let titleLook: string | undefined;
  for (; bodyStart < blocks.length; bodyStart++) {
    const block = blocks[bodyStart]!;
    if (block.type === 'table') break;
    const paragraph = asOfficial(block);
    if (!paragraph.text.trim()) {
      if (titleParts.length > 0) {
        bodyStart++;
        break;
      }
      continue;
    }
    if (titleParts.length === 0 && headerRole(paragraph)) {
      readHeader({ text: paragraph.text.replace(/[\t\n]+/g, '　'), look: block.look }, official);
      headerSeen = true;
      continue;
    }
    const look = JSON.stringify([block.look.font, block.look.size]);
    if (readsAsTitleLine({ text: paragraph.text.replace(/\n/g, ''), look: block.look }) && block.look.centred && titleParts.length < 3 && (titleLook === undefined || titleLook === look) && !readsAsRecipients(paragraph.text)) {
      titleParts.push(paragraph.text.replace(/[\s\u3000]+/g, ''));
      titleLook = look;
      continue;
    }
    break;
  }
  if (titleParts.length > 0) detected.title = official.title = titleParts.join('');
  const bodyBlocks = blocks.slice(bodyStart);
  const closing = readClosing(bodyBlocks.map(asOfficial), official);
  const firstText = bodyBlocks.findIndex((block) => block.type === 'table' || squeeze(block.text));
  if ((headerSeen || readsAsOfficialTitle(detected.title)) && firstText >= 0 && bodyBlocks[firstText]!.type === 'paragraph' && readsAsRecipients(bodyBlocks[firstText]!.text)) {
    official.recipients = bodyBlocks[firstText]!.text.trim().replace(/[:：]$/, '');
  }

  // 2. 附件: embedded in the 附件说明, or given beside the Word file
  const files: PublishedFile[] = [];
  const usedObjects = new Set<EmbeddedObject>();
  for (const [index, attachment] of (official.attachments ?? []).entries()) {
    const number = attachment.number ?? index + 1;
    const attachmentParagraphs = [...closing.entries()].filter(([, role]) => role === 'attachment-note' || role === 'attachment-item').map(([at]) => bodyBlocks[at]!);
    const embedded = attachmentParagraphs
      .flatMap((block) => (block.type === 'paragraph' ? block.objects : []))
      .find((object) => !usedObjects.has(object) && object.bytes && object.part && packageExtensions.test(object.part) && object.textBefore.includes(attachment.title));
    const beside = options.besideFiles?.find(({ name }) => {
      const stem = name.replace(/\.[^.]+$/, '');
      return stem.includes(attachment.title) || new RegExp(`^附件\\s*${number}(?!\\d)`).test(stem);
    });
    if (embedded) {
      usedObjects.add(embedded);
      const name = `attachment-${number}${extname(embedded.part!).toLowerCase()}`;
      files.push({ name, bytes: embedded.bytes! });
      attachment.file = name;
    } else if (beside) {
      const name = `attachment-${number}${extname(beside.name).toLowerCase()}`;
      files.push({ name, bytes: beside.read() });
      attachment.file = name;
    } else {
      notices.push(`附件${number}“${attachment.title}”：Word 文件中没有嵌入这个附件，旁边也没有名为“附件${number}…”或含“${attachment.title}”的文件；页面上只列出附件名称。有文件时放在 .docx 旁边，再导入一次（加 --force）。`);
    }
  }

  const required = requireFields(options, detected);
  const id = required.id;

  // 3. The body: each of our blocks with mammoth's reading of it, in order
  const modelBlocks = model.children ?? [];
  const notes: string[] = [];
  const noteNumbers = new Map<string, number>();
  let images = 0;
  const levels = new HeadingLevels();
  const bodyOut: string[] = [];

  const renderInline = async (nodes: MammothNode[], state: { out: string }): Promise<void> => {
    for (const node of nodes) {
      if (node.type === 'text') state.out += escapeMdxText(node.value ?? '', { atLineStart: state.out === '' });
      else if (node.type === 'tab') state.out += state.out ? ' ' : '';
      else if (node.type === 'break') state.out += state.out ? '<br />' : '';
      else if (node.type === 'run') {
        if (node.verticalAlignment === 'superscript' || node.verticalAlignment === 'subscript') {
          const inner = { out: '' };
          await renderInline(node.children ?? [], inner);
          const tag = node.verticalAlignment === 'superscript' ? 'sup' : 'sub';
          state.out += squeeze(inner.out) ? `<${tag}>${inner.out}</${tag}>` : inner.out;
        } else {
          await renderInline(node.children ?? [], state);
        }
      } else if (node.type === 'hyperlink') {
        const inner = { out: '' };
        await renderInline(node.children ?? [], inner);
        state.out += node.href && /^(https?:|mailto:)/.test(node.href) && squeeze(inner.out) ? `[${inner.out}](${node.href.replace(/[()<>\s]/g, encodeURIComponent)})` : inner.out;
      } else if (node.type === 'noteReference' && node.noteId !== undefined) {
        const key = `${node.noteType}-${node.noteId}`;
        let number = noteNumbers.get(key);
        if (number === undefined) {
          number = noteNumbers.size + 1;
          noteNumbers.set(key, number);
          const note = model.notes?.resolve(node);
          const noteText = { out: '' };
          for (const paragraph of note?.body ?? []) await renderInline(paragraph.children ?? [], noteText);
          notes.push(`[^${number}]: ${noteText.out.trim() || '（原文脚注为空）'}`);
        }
        state.out += `[^${number}]`;
      } else if (node.type === 'image') {
        state.out += await renderImage(node);
      } else if (node.children) {
        await renderInline(node.children, state);
      }
    }
  };

  // a picture without a description takes its caption (“图1　…”, the paragraph under it) as its text
  let caption: string | undefined;
  const renderImage = async (node: MammothNode): Promise<string> => {
    const alt = (node.altText ?? '').trim() || caption || '';
    let extension: string | undefined = imageTypes[node.contentType ?? ''];
    let data = node.readAsBuffer ? await node.readAsBuffer() : undefined;
    if (!extension && data && /tiff|bmp/.test(node.contentType ?? '')) {
      try {
        data = await sharp(data).png().toBuffer();
        extension = '.png';
      } catch {
        extension = undefined;
      }
    }
    images++;
    if (!extension || !data) {
      notices.push(`第 ${images} 张图片（${node.contentType ?? '未知格式'}${alt ? `，“${alt}”` : ''}）是网页无法显示的格式，正文中留了说明：请把它另存为 PNG，放到 content/files/${id}/ 下，并改为图片链接。`);
      return `〔原文此处有一张图片${alt ? `：“${escapeMdxText(alt, { atLineStart: false })}”` : ''}（${escapeMdxText(node.contentType ?? '未知格式', { atLineStart: false })} 格式，网页无法显示）〕`;
    }
    const name = `image-${images}${extension}`;
    files.push({ name, bytes: data });
    if (!alt) notices.push(`第 ${images} 张图片（${name}）没有说明文字：请在正文中给它写上替代文字（![这里](…)），读屏软件要读它。`);
    return `![${escapeMdxText(alt, { atLineStart: false })}](${documentFileUrl(id, name)})`;
  };

  const renderTable = async (table: MammothNode): Promise<string> => {
    const rows: string[][] = [];
    let merged = false;
    for (const row of table.children ?? []) {
      const cells: string[] = [];
      for (const cell of row.children ?? []) {
        const parts: string[] = [];
        for (const paragraph of cell.children ?? []) {
          const out = { out: '' };
          await renderInline(paragraph.type === 'paragraph' ? paragraph.children ?? [] : [paragraph], out);
          if (out.out.trim()) parts.push(out.out.trim());
        }
        cells.push(parts.join('<br />'));
        for (let extra = 1; extra < (cell.colSpan ?? 1); extra++) {
          cells.push('');
          merged = true;
        }
      }
      rows.push(cells);
    }
    if (rows.length === 0) return '';
    const width = Math.max(...rows.map((row) => row.length));
    const line = (cells: string[]) => `| ${Array.from({ length: width }, (_, index) => cells[index] ?? '').join(' | ')} |`;
    if (merged) notices.push('表格中有合并的单元格：Markdown 表格不能合并单元格，合并处留空，请在页面上核对。');
    return [line(rows[0]!), `| ${Array.from({ length: width }, () => '---').join(' | ')} |`, ...rows.slice(1).map(line)].join('\n');
  };

  // Our blocks and mammoth's are the same paragraphs and tables in the same order; match them by their text
  let next = 0;
  const findModel = (block: XmlBlock): MammothNode | undefined => {
    const wanted = squeeze(block.text);
    for (let look = next; look < Math.min(modelBlocks.length, next + 8); look++) {
      const candidate = modelBlocks[look]!;
      if (squeeze(plainText(candidate)) === wanted && (candidate.type === 'table') === (block.type === 'table')) {
        next = look + 1;
        return candidate;
      }
    }
    return undefined;
  };
  // header blocks consume their mammoth counterparts too
  for (const block of blocks.slice(0, bodyStart)) findModel(block);

  const captionPattern = /^[图圖]\s*[\d一二三四五六七八九十]+[\s\u3000:：.．、]*(.+)$/;
  for (const [index, block] of bodyBlocks.entries()) {
    const at = bodyStart + index;
    const following = bodyBlocks.slice(index + 1).find((other) => squeeze(other.text));
    caption = following?.type === 'paragraph' ? captionPattern.exec(following.text.trim())?.[1]?.trim() : undefined;
    const modelBlock = findModel(block);
    let rendered = '';
    if (block.type === 'table') {
      rendered = modelBlock ? await renderTable(modelBlock) : '';
    } else {
      const text = block.text.trim();
      const role = closing.get(index);
      const inline = { out: '' };
      if (modelBlock) await renderInline(modelBlock.children ?? [], inline);
      const body = inline.out.replace(/^(?:\s|\u3000|<br \/>)+|(?:\s|\u3000|<br \/>)+$/g, '');
      const headingStyle = /^(?:heading|标题)\s*(\d)$/i.exec(modelBlock?.styleName ?? '');
      const rung = rungOf(text);
      if (role) {
        rendered = renderClosing(role, text.replace(/[\t\n]+/g, '　'), levels) ?? body;
      } else if (headingStyle && text) {
        rendered = `${'#'.repeat(Math.min(6, Number(headingStyle[1]) + 1))} ${escapeMdxText(text.replace(/\s+/g, ' '), { atLineStart: false })}`;
      } else if (rung && readsAsHeading(text) && !text.includes('\n')) {
        rendered = `${'#'.repeat(levels.levelOf(rung))} ${escapeMdxText(text, { atLineStart: false })}`;
      } else if (modelBlock?.numbering && body) {
        rendered = `${modelBlock.numbering.isOrdered ? '1.' : '-'} ${body}`;
      } else {
        rendered = body;
      }
      // embedded objects the importer cannot publish: named, with their place, in the body
      for (const object of block.objects) {
        if (usedObjects.has(object)) continue;
        const name = object.part?.split('/').pop() ?? '（文件缺失）';
        const where = `${place(at)}${object.textBefore.trim() ? `“${object.textBefore.trim().slice(-12)}”之后` : '开头'}`;
        notices.push(`${where}嵌入了一个无法读取的对象（${object.progId}，${name}）：正文中留了说明，请对照原件补上其内容。`);
        rendered += `${rendered ? '\n\n' : ''}<p class="import-note">〔原文此处嵌入了一个对象（${escapeMdxText(object.progId, { atLineStart: false })}，${escapeMdxText(name, { atLineStart: false })}），本站无法读取，未能显示。〕</p>`;
      }
    }
    // nothing of the paragraph may go missing: what could not be placed stays as its plain text, and is reported
    if (findLostCharacter(block.text, rendered) !== null) {
      notices.push(`${place(at)}（“${squeeze(block.text).slice(0, 16)}…”）的格式无法识别，已按原文文字保留为普通段落，请核对。`);
      rendered += `${rendered ? '\n\n' : ''}${escapeMdxText(block.text.replace(/\s+/g, ' ').trim())}`;
    }
    if (rendered.trim()) bodyOut.push(rendered);
  }
  if (notes.length > 0) bodyOut.push(notes.join('\n'));

  const leading = blocks
    .slice(0, bodyStart)
    .map((block, index) => ({ text: block.text.replace(/[\t\n]+/g, '　').trim(), index }))
    .filter(({ text }) => text)
    .map(({ text, index }) => `# 原文第 ${index + 1} 段：${text}`);
  const mdx = assembleMdx(leading, frontMatterFields(options, detected, required), bodyOut, []);

  // the proof: every character of every paragraph, in order
  const lost = findLostCharacter(allText, mdx);
  if (lost) {
    throw new WordImportError(`${fileName}：导入结果缺少原文第 ${lost.line} 段的“${lost.char}”（“${lost.context}”），未写入任何文件。这是导入程序的缺陷，请把这个文件交给网站维护人员。`);
  }
  const findings = findDamage(allText);
  const checked = options.checked ?? [];
  return {
    id,
    mdx,
    terms: [],
    damage: findings.filter((finding) => !isChecked(finding, checked)),
    checkedDamage: findings.filter((finding) => isChecked(finding, checked)),
    detected,
    files,
    notices,
    readAs,
  };
}
