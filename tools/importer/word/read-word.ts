/**
 * Reading a Word file: what kind of file it is (a PDF, a file with a password, a damaged or renamed one are refused
 * with what to do), converted to .docx by LibreOffice where it is not one, and mammoth's model of its body.
 */
import { extname } from 'node:path';
import mammoth from 'mammoth';
import { expectedKinds, kindNames, sniffFile } from './file-kind.ts';
import { convertWithLibreOffice } from './libreoffice.ts';

/** A refusal with a reason staff can act on; nothing has been written. */
export class WordImportError extends Error {}

// mammoth's document model (documented as transformDocument's input)
export interface MammothNode {
  type: string;
  children?: MammothNode[];
  value?: string;
  styleName?: string | null;
  numbering?: { level: string; isOrdered: boolean } | null;
  isBold?: boolean;
  verticalAlignment?: string;
  href?: string;
  noteId?: string;
  noteType?: string;
  altText?: string;
  contentType?: string;
  colSpan?: number;
  readAsBuffer?: () => Promise<Buffer>;
  body?: MammothNode[];
  notes?: { resolve(reference: MammothNode): MammothNode | null };
}

export const plainText = (node: MammothNode): string =>
  node.type === 'text' ? node.value ?? '' : node.type === 'tab' ? '\t' : node.type === 'break' ? '\n' : (node.children ?? []).map(plainText).join('');
export const squeeze = (text: string) => text.replace(/\s/g, '');

/** Refuses what is not a Word file it can read, saying what the file is and what to do. */
export async function docxBytes(bytes: Uint8Array, fileName: string): Promise<{ docx: Uint8Array; readAs: string }> {
  const extension = extname(fileName).toLowerCase();
  const kind = sniffFile(bytes);
  if (kind === 'pdf') {
    throw new WordImportError(`${fileName}：这是 PDF 文件，暂不能导入（PDF 中的文字顺序和版式无法可靠还原）。请找到它的 Word 原件（.docx/.doc/.wps）或文本文件（.txt）再导入。`);
  }
  if (kind === 'encrypted') {
    throw new WordImportError(`${fileName}：文件设置了打开密码，无法读取。请在 Word/WPS 中打开，取消密码（文件 → 信息 → 保护文档，或 WPS 的“文档加密”）后另存，再导入。`);
  }
  if (kind === 'damaged-zip') {
    throw new WordImportError(`${fileName}：文件已损坏，无法解压（可能没有下载或复制完整）。请重新获取原件，或在 Word/WPS 中打开后“另存为”.docx 再导入。`);
  }
  const expected = expectedKinds[extension];
  if (!expected) throw new WordImportError(`${fileName}：不认识的文件类型 ${extension || '（无扩展名）'}。可以导入 .docx、.doc、.wps、.odt 和 .txt 文件。`);
  if (!expected.includes(kind)) {
    throw new WordImportError(
      `${fileName}：文件扩展名是 ${extension}，但内容是${kindNames[kind]}，文件可能被改过名或已损坏。` +
        (kind === 'text' ? '如果它是文本文件，请把扩展名改为 .txt 再导入。' : '请在 Word/WPS 中打开原件，“另存为”.docx 后再导入。'),
    );
  }
  if (kind === 'docx') return { docx: bytes, readAs: 'docx' };
  return { docx: convertWithLibreOffice(bytes, fileName, 'docx'), readAs: `${kindNames[kind]}，经 LibreOffice 转换为 .docx` };
}

export async function readWithMammoth(docx: Uint8Array, fileName: string): Promise<MammothNode> {
  let captured: MammothNode | undefined;
  try {
    await mammoth.convertToHtml(
      { buffer: Buffer.from(docx) },
      {
        ignoreEmptyParagraphs: false,
        transformDocument: (document: MammothNode) => {
          captured = document;
          return document;
        },
      },
    );
  } catch (error) {
    throw new WordImportError(`${fileName}：文件已损坏，无法读取正文（${(error as Error).message.split('\n')[0]}）。请在 Word/WPS 中打开后重新“另存为”.docx 再导入。`);
  }
  if (!captured) throw new WordImportError(`${fileName}：无法读取正文。`);
  return captured;
}
