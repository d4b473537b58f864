import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, extname, join, resolve } from 'node:path';
import { decodeText } from './encoding.ts';
import { MissingFieldsError } from './front-matter.ts';
import { importDocument, type ImportOptions, type ImportResult } from './import-document.ts';
import { kindNames, sniffFile } from './word/file-kind.ts';
import type { WordImportResult } from './word/import-word.ts';

const wordExtensions = new Set(['.docx', '.doc', '.wps', '.odt']);

/** What the file does not say, asked of staff at a terminal (field label → answer); undefined where nobody can be asked. */
export type AskForFields = (missing: MissingFieldsError['missing']) => Promise<Record<string, string>>;

/**
 * Imports one Word or text file (`npm run import`): a Word 公文 (.docx; .doc, .wps and .odt through LibreOffice),
 * with the files beside it as its attachments, or a text file in any of the encodings staff save in. What the text
 * does not say and the options do not give is asked for (`ask`) or, when nobody can be asked, refused by name.
 */
export async function importFile(file: string, options: ImportOptions, ask?: AskForFields): Promise<{ result: ImportResult; encodingNote: string }> {
  if (!existsSync(file) || !statSync(file).isFile()) throw new Error(`找不到要导入的文件：${file}。请检查文件名和所在文件夹（文件名含空格时用引号括起来）。`);
  const bytes = new Uint8Array(readFileSync(file));
  const extension = extname(file).toLowerCase();
  let importOnce: () => Promise<ImportResult>;
  let encodingNote = '';
  if (wordExtensions.has(extension) || sniffFile(bytes) === 'pdf' || extension === '.pdf') {
    // files beside the Word file may be its attachments
    const folder = dirname(resolve(file));
    const besideFiles = readdirSync(folder)
      .filter((name) => name !== basename(file) && statSync(join(folder, name)).isFile())
      .map((name) => ({ name, read: () => new Uint8Array(readFileSync(join(folder, name))) }));
    // loaded for Word files only: a text import starts without mammoth and sharp
    const { importWord } = await import('./word/import-word.ts');
    importOnce = () => importWord(bytes, { ...options, besideFiles });
  } else {
    const kind = sniffFile(bytes);
    if (kind !== 'text') {
      throw new Error(`${basename(file)}：${extension ? `扩展名是 ${extension}，但` : ''}内容是${kindNames[kind]}，不能按文本导入。Word 文件请用 .docx/.doc/.wps/.odt 扩展名。`);
    }
    const decoded = decodeText(bytes, basename(file));
    if (decoded.encoding !== 'UTF-8' || decoded.bom) encodingNote = `，文件编码 ${decoded.encoding}${decoded.bom ? '（带 BOM）' : ''}，已转换`;
    importOnce = async () => importDocument(decoded.text, options);
  }
  for (;;) {
    try {
      return { result: await importOnce(), encodingNote };
    } catch (error) {
      if (!(error instanceof MissingFieldsError) || !ask) throw error;
      // nothing is guessed: what staff answer becomes the option
      Object.assign(options, await ask(error.missing));
    }
  }
}

/** What the importer recognised, in one line: script, encoding, title, date, 索引号, the 公文's parts. */
export function importSummary(sourceFile: string, result: ImportResult, encodingNote: string): string {
  const { detected } = result;
  const official = detected.official;
  const word = 'files' in result ? (result as WordImportResult) : undefined;
  return (
    `${sourceFile}：` +
    (word && word.readAs !== 'docx' ? `${word.readAs}；` : '') +
    `识别为${detected.language === 'zh-Hant' ? '繁体' : '简体'}中文${encodingNote}` +
    (detected.title ? `，标题“${detected.title}”` : '') +
    (detected.date ? `，日期 ${detected.date}` : '') +
    (detected.indexNumber ? `，索引号 ${detected.indexNumber}` : '') +
    (official.issuer ? `，发文机关“${official.issuer}”` : '') +
    (detected.documentNumber ?? official.documentNumber ? `，发文字号 ${detected.documentNumber ?? official.documentNumber}` : '') +
    (official.signer ? `，签发人 ${official.signer}` : '') +
    (official.writtenOn ? `，成文日期 ${official.writtenOn}` : '') +
    (official.attachments?.length ? `，附件 ${official.attachments.length} 个` : '') +
    '。'
  );
}
