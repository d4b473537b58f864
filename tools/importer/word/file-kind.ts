/**
 * What a file staff hand the importer really is, from its first bytes, whatever
 * its name says: a Word 2007+ file (.docx), an OpenDocument text (.odt), an old
 * Word or WPS file (.doc/.wps, an OLE compound file), a password-protected Word file
 * (also a compound file, holding an EncryptedPackage), RTF, PDF, or text.
 */
import { strFromU8, unzipSync } from 'fflate';

export type FileKind = 'docx' | 'odt' | 'compound' | 'encrypted' | 'rtf' | 'pdf' | 'zip' | 'damaged-zip' | 'text' | 'binary';

export const kindNames: Record<FileKind, string> = {
  docx: 'Word 文档（.docx）',
  odt: 'OpenDocument 文档（.odt）',
  compound: '旧版 Word 或 WPS 文档（.doc/.wps）',
  encrypted: '设置了打开密码的 Word 文档',
  rtf: 'RTF 文档',
  pdf: 'PDF 文件',
  zip: '压缩包（不是 Word 文档）',
  'damaged-zip': '无法解压的压缩包（已损坏的 Word 文档）',
  text: '纯文本文件',
  binary: '无法识别的二进制文件',
};

const startsWith = (bytes: Uint8Array, ...mark: number[]) => mark.every((byte, index) => bytes[index] === byte);

/** UTF-16LE “EncryptedPackage”: the stream a password-protected .docx keeps its content in. */
const encryptedPackage = new Uint8Array([...'EncryptedPackage'].flatMap((char) => [char.charCodeAt(0), 0]));

function contains(bytes: Uint8Array, needle: Uint8Array): boolean {
  outer: for (let index = 0; index + needle.length <= bytes.length; index++) {
    for (let offset = 0; offset < needle.length; offset++) if (bytes[index + offset] !== needle[offset]) continue outer;
    return true;
  }
  return false;
}

export function sniffFile(bytes: Uint8Array): FileKind {
  if (startsWith(bytes, 0x25, 0x50, 0x44, 0x46, 0x2d)) return 'pdf'; // %PDF-
  if (startsWith(bytes, 0x50, 0x4b, 0x03, 0x04)) {
    try {
      const names = unzipSync(bytes, { filter: (file) => file.name === 'mimetype' || file.name === 'word/document.xml' || file.name === '[Content_Types].xml' });
      if (names['word/document.xml']) return 'docx';
      if (names['mimetype'] && strFromU8(names['mimetype']).startsWith('application/vnd.oasis.opendocument.text')) return 'odt';
      return 'zip';
    } catch {
      return 'damaged-zip';
    }
  }
  if (startsWith(bytes, 0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1)) return contains(bytes, encryptedPackage) ? 'encrypted' : 'compound';
  if (startsWith(bytes, 0x7b, 0x5c, 0x72, 0x74, 0x66)) return 'rtf'; // {\rtf
  const sample = bytes.subarray(0, 4096);
  // text has no NUL bytes (UTF-16 aside, which has them on one side of each pair)
  const zeros = sample.filter((byte) => byte === 0).length;
  if (zeros === 0 || (sample.length % 2 === 0 && zeros >= sample.length / 4)) return 'text';
  return 'binary';
}

/** The kinds each extension may hold; WPS saves .wps as a compound file and .doc may be RTF. */
export const expectedKinds: Record<string, FileKind[]> = {
  '.docx': ['docx'],
  '.doc': ['compound', 'rtf', 'docx'],
  '.wps': ['compound', 'docx'],
  '.odt': ['odt'],
  '.txt': ['text'],
};
