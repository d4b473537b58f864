import chardet from 'chardet';

/**
 * Text files reach staff in whatever encoding the office's computer saved them:
 * GBK/GB18030 from older Windows, UTF-16 from “Unicode” text in Word or Notepad,
 * UTF-8 with or without a byte-order mark, sometimes Big5. The importer reads the
 * bytes in the right one instead of turning them into damage.
 */
export type TextEncoding = 'UTF-8' | 'UTF-16LE' | 'UTF-16BE' | 'GB18030' | 'Big5';

export interface DecodedText {
  text: string;
  encoding: TextEncoding;
  /** whether the file began with a byte-order mark (dropped from the text) */
  bom: boolean;
}

/** Thrown when the bytes are not text in any encoding the importer knows. */
export class UndecodableTextError extends Error {}

const labels: Record<TextEncoding, string> = { 'UTF-8': 'utf-8', 'UTF-16LE': 'utf-16le', 'UTF-16BE': 'utf-16be', GB18030: 'gb18030', Big5: 'big5' };

function strictly(bytes: Uint8Array, encoding: TextEncoding): string | undefined {
  try {
    return new TextDecoder(labels[encoding], { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

/** How much of a decoding reads as Chinese text: Han, CJK punctuation, full-width forms, ASCII letters, digits and spaces. */
function plausibility(text: string): number {
  if (!text) return 0;
  const readable = text.match(/[\p{Script=Han}\u3000-\u303f\uff00-\uffef\u2018-\u201d\u2026\u2014 -~\t\r\n]/gu)?.length ?? 0;
  return readable / text.length;
}

/** UTF-16 without a mark: text with NUL bytes is no 8-bit encoding; the byte order that reads as text wins. */
function utf16WithoutMark(bytes: Uint8Array): TextEncoding | undefined {
  if (bytes.length < 2 || bytes.length % 2 !== 0 || !bytes.includes(0)) return undefined;
  const scored = (['UTF-16LE', 'UTF-16BE'] as const)
    .map((encoding) => ({ encoding, score: plausibility(strictly(bytes, encoding) ?? '') }))
    .sort((a, b) => b.score - a.score);
  return scored[0]!.score >= 0.9 ? scored[0]!.encoding : undefined;
}

export function decodeText(bytes: Uint8Array, fileName: string): DecodedText {
  const startsWith = (...mark: number[]) => mark.every((byte, index) => bytes[index] === byte);
  const marked: [number[], TextEncoding][] = [
    [[0xef, 0xbb, 0xbf], 'UTF-8'],
    [[0xff, 0xfe], 'UTF-16LE'],
    [[0xfe, 0xff], 'UTF-16BE'],
    [[0x84, 0x31, 0x95, 0x33], 'GB18030'],
  ];
  for (const [mark, encoding] of marked) {
    if (!startsWith(...mark)) continue;
    const text = strictly(bytes.subarray(mark.length), encoding);
    if (text === undefined) throw new UndecodableTextError(`${fileName}：文件开头标明是 ${encoding} 编码，但其后的内容不是有效的 ${encoding}，文件可能已损坏。请从原件重新导出文本。`);
    return { text, encoding, bom: true };
  }
  const utf16 = utf16WithoutMark(bytes);
  if (utf16) {
    const text = strictly(bytes, utf16);
    if (text !== undefined) return { text, encoding: utf16, bom: false };
  }
  // valid UTF-8 is almost never anything else
  const utf8 = strictly(bytes, 'UTF-8');
  if (utf8 !== undefined) return { text: utf8, encoding: 'UTF-8', bom: false };
  // GBK/GB18030 or Big5: both decode most byte strings, so let the statistics of Chinese text decide
  const guess = chardet.detect(bytes);
  const order: TextEncoding[] = guess === 'Big5' ? ['Big5', 'GB18030'] : ['GB18030', 'Big5'];
  for (const encoding of order) {
    const text = strictly(bytes, encoding);
    if (text !== undefined) return { text, encoding, bom: false };
  }
  throw new UndecodableTextError(
    `${fileName}：无法识别文件的文字编码（不是 UTF-8、UTF-16、GBK/GB18030 或 Big5）。请用记事本或 WPS 打开后“另存为”UTF-8 编码的文本文件再导入。`,
  );
}
