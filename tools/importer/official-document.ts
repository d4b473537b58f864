/**
 * The elements of a 公文 laid out by GB/T 9704-2012 (党政机关公文格式), recognised in
 * a document's paragraphs by their words and, where a Word file gives them, by their
 * look (red 小标宋 for the 发文机关标志, centred large type for the 标题). The plain-text
 * and the Word importer both use it, so the same document lands in the same fields.
 */
import { isRealIsoDate } from '../../src/core/dates.ts';
import { rungOf } from './structure.ts';

/** How a paragraph looks in a Word file; absent for plain text. */
export interface ParagraphLook {
  centred?: boolean;
  right?: boolean;
  /** East-Asian font name (w:eastAsia), e.g. 方正小标宋简体, 仿宋_GB2312 */
  font?: string;
  /** size in points (二号 = 22, 三号 = 16) */
  size?: number;
  /** text colour as RRGGBB */
  colour?: string;
  bold?: boolean;
}

export interface OfficialParagraph {
  text: string;
  look?: ParagraphLook | undefined;
}

export type HeaderRole = 'copy-number' | 'secrecy' | 'urgency' | 'issuer' | 'document-number' | 'title';
export type ClosingRole = 'attachment-note' | 'attachment-item' | 'signature' | 'written-on' | 'note' | 'copied-to' | 'printed' | 'attachment-heading';

export interface Attachment {
  number?: number;
  title: string;
  /** the attachment's file name among the document's files, where the importer found the file */
  file?: string;
}

/** What the 版头, the 标题 and the closing parts say, in the site's field names. */
export interface OfficialFields {
  /** the 发文机关标志 without its closing 文件: the organisation that issued the document */
  issuer?: string;
  documentNumber?: string;
  signer?: string;
  title?: string;
  recipients?: string;
  attachments?: Attachment[];
  /** the 发文机关署名 lines */
  signedBy?: string[];
  writtenOn?: string;
  note?: string;
  copiedTo?: string;
  printedBy?: string;
  printedOn?: string;
}

const chineseDigits: Record<string, number> = { 〇: 0, 零: 0, O: 0, Ｏ: 0, 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** 十二 → 12, 二十五 → 25, 三十一 → 31 */
function chineseNumber(text: string): number | undefined {
  if (/^\d+$/.test(text)) return Number(text);
  const match = /^([一二三])?(十)?([一二三四五六七八九])?$/.exec(text);
  if (!match || (!match[2] && match[1])) {
    return text.length === 1 && text in chineseDigits ? chineseDigits[text] : undefined;
  }
  return (match[2] ? (match[1] ? chineseDigits[match[1]]! : 1) * 10 : 0) + (match[3] ? chineseDigits[match[3]]! : 0);
}

const datePattern = /([0-9０-９]{4}|[〇零一二三四五六七八九OＯ]{4})\s*年\s*([0-9０-９]{1,2}|[一二三十]{1,3})\s*月\s*([0-9０-９]{1,2}|[一二三十]{1,3}[一二三四五六七八九]?)\s*日/;

const toAscii = (text: string) => text.replace(/[０-９]/g, (digit) => String.fromCharCode(digit.charCodeAt(0) - 0xfee0));

/** “2024年3月5日”, “二〇二四年三月五日” or 2024-03-05 → 2024-03-05; undefined for anything else or a date that does not exist. */
export function parseChineseDate(text: string): string | undefined {
  const trimmed = toAscii(text.trim());
  const iso = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$/.exec(trimmed);
  const parts = iso ? [iso[1]!, iso[2]!, iso[3]!] : (() => {
    const match = new RegExp(`^${datePattern.source}$`).exec(trimmed);
    return match ? [match[1]!, match[2]!, match[3]!] : undefined;
  })();
  if (!parts) return undefined;
  const year = /^\d{4}$/.test(parts[0]!) ? parts[0]! : [...parts[0]!].map((char) => chineseDigits[char] ?? '?').join('');
  const month = chineseNumber(parts[1]!);
  const day = chineseNumber(parts[2]!);
  if (!/^\d{4}$/.test(year) || month === undefined || day === undefined) return undefined;
  const date = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  return isRealIsoDate(date) ? date : undefined;
}

const space = '[\\s\\u3000]';
/** 机关代字〔年份〕序号号: 西府办发〔2024〕12号 (square or round brackets as typed by hand) */
const documentNumberSource = `[\\p{Script=Han}A-Za-z]{1,16}[〔\\[［【(（]\\d{4}[〕\\]］】)）]第?\\d{1,5}号`;
const documentNumberLine = new RegExp(`^(${documentNumberSource})(?:${space}+签发人${space}*[:：]${space}*(.+))?$`, 'u');
const signerLine = new RegExp(`^签发人${space}*[:：]${space}*(.+)$`, 'u');
const issuerLine = /^([\p{Script=Han}（）()、\s\u3000]{2,40}?)[\s\u3000]*文件$/u;
const copyNumberLine = /^\d{6}$/;
const secrecyLine = /^(绝密|机密|秘密)(★.*)?$/;
const urgencyLine = /^(特急|加急|特提|平急)$/;

/** The 版头 line a paragraph is, if any. */
export function headerRole(paragraph: OfficialParagraph): Exclude<HeaderRole, 'title'> | undefined {
  const text = paragraph.text.trim();
  if (copyNumberLine.test(text)) return 'copy-number';
  if (secrecyLine.test(text)) return 'secrecy';
  if (urgencyLine.test(text)) return 'urgency';
  if (documentNumberLine.test(text) || signerLine.test(text)) return 'document-number';
  if (issuerLine.test(text)) return 'issuer';
  // a 发文机关标志 without 文件 (as on a 函): red, in large type
  if (paragraph.look?.colour && isRed(paragraph.look.colour) && (paragraph.look.size ?? 0) >= 22 && /^\p{Script=Han}{2,30}$/u.test(text)) return 'issuer';
  return undefined;
}

function isRed(colour: string): boolean {
  const value = /^[0-9a-f]{6}$/i.exec(colour) ? colour : undefined;
  if (!value) return false;
  const [r, g, b] = [0, 2, 4].map((i) => parseInt(value.slice(i, i + 2), 16)) as [number, number, number];
  return r >= 0xb0 && g <= 0x60 && b <= 0x60;
}

/** Reads the 版头 lines into fields. */
export function readHeader(paragraph: OfficialParagraph, fields: OfficialFields): void {
  const text = paragraph.text.trim();
  const number = documentNumberLine.exec(text);
  if (number) {
    fields.documentNumber = number[1]!;
    if (number[2]) fields.signer = number[2].trim();
    return;
  }
  const signer = signerLine.exec(text);
  if (signer) {
    fields.signer = signer[1]!.trim();
    return;
  }
  const issuer = issuerLine.exec(text);
  if (issuer && fields.issuer === undefined) fields.issuer = issuer[1]!.replace(/[\s\u3000]+/g, '');
  else if (!issuer && headerRole(paragraph) === 'issuer' && fields.issuer === undefined) fields.issuer = text;
}

/** A title line: short, no sentence in it; in a Word file, centred large type. */
export function readsAsTitleLine(paragraph: OfficialParagraph): boolean {
  const text = paragraph.text.trim();
  if (!text || text.length > 60 || /[。；;！!]/.test(text) || /[:：]$/.test(text) || !/\p{Script=Han}/u.test(text) || rungOf(text) !== null) return false;
  const look = paragraph.look;
  if (look && (look.centred === false || (look.size !== undefined && look.size < 16))) return false;
  return true;
}

/** 主送机关: one line ending in “：” before the body, naming organisations, not a sentence. */
export function readsAsRecipients(text: string): boolean {
  const trimmed = text.trim();
  return /[:：]$/.test(trimmed) && trimmed.length <= 120 && !/[。；;！!？?]/.test(trimmed) && !/^(附件|抄送|签发人)/.test(trimmed) && /\p{Script=Han}/u.test(trimmed);
}

const attachmentNote = /^附\s*件[:：]\s*(.*)$/;
const attachmentItem = /^(\d{1,2})[.．、]\s*(.+)$/;
const attachmentHeading = /^附件\s*\d{0,2}$/;
const copiedTo = /^抄送[:：]\s*(.+?)。?$/;
const printed = new RegExp(`^(.+?)${space}+(.+?)印发$`);
const note = /^[（(](.+)[）)]$/;

/**
 * Finds the closing parts among the body's paragraphs: 附件说明 and its items, 署名,
 * 成文日期, 附注, the headings of the attachments that follow, and the 版记. Returns a
 * role for each paragraph it recognised (by index) and fills the fields.
 */
export function readClosing(paragraphs: readonly OfficialParagraph[], fields: OfficialFields): Map<number, ClosingRole> {
  const roles = new Map<number, ClosingRole>();
  const texts = paragraphs.map((paragraph) => paragraph.text.trim());

  // 版记, from the end: 抄送 and 印发 lines
  for (let index = texts.length - 1; index >= 0 && index >= texts.length - 6; index--) {
    const text = texts[index]!;
    if (!text) continue;
    const copied = copiedTo.exec(text);
    const print = printed.exec(text);
    const printDate = print ? parseChineseDate(print[2]!.trim()) : undefined;
    if (copied) {
      fields.copiedTo = copied[1]!.trim();
      roles.set(index, 'copied-to');
    } else if (print && printDate) {
      fields.printedBy = print[1]!.trim();
      fields.printedOn = printDate;
      roles.set(index, 'printed');
    }
  }

  // 成文日期: the last line that is a date alone, before the 版记; the 署名 lines just above it
  const end = Math.min(...[...roles.keys(), texts.length]);
  let dateIndex = -1;
  for (let index = end - 1; index >= 0; index--) {
    if (texts[index] && parseChineseDate(texts[index]!)) {
      dateIndex = index;
      break;
    }
  }
  if (dateIndex >= 0) {
    fields.writtenOn = parseChineseDate(texts[dateIndex]!)!;
    roles.set(dateIndex, 'written-on');
    const signedBy: string[] = [];
    for (let index = dateIndex - 1; index >= 0 && signedBy.length < 3; index--) {
      const text = texts[index]!;
      if (!text) continue;
      if (!/^[\p{Script=Han}（）()]{2,40}$/u.test(text.replace(/[\s\u3000]/g, '')) || attachmentHeading.test(text)) break;
      signedBy.unshift(text.replace(/[\s\u3000]+/g, ''));
      roles.set(index, 'signature');
    }
    if (signedBy.length > 0) fields.signedBy = signedBy;
    // 附注 right after the date: one line in round brackets
    for (let index = dateIndex + 1; index < end; index++) {
      if (!texts[index]) continue;
      const match = note.exec(texts[index]!);
      if (match) {
        fields.note = match[1]!.trim();
        roles.set(index, 'note');
      }
      break;
    }
  }

  // 附件说明: “附件：1. …” and the numbered lines under it, before the 署名
  const closingStart = dateIndex >= 0 ? Math.min(...[...roles.entries()].filter(([, role]) => role === 'signature' || role === 'written-on').map(([index]) => index)) : end;
  for (let index = 0; index < closingStart; index++) {
    const match = attachmentNote.exec(texts[index] ?? '');
    if (!match) continue;
    const attachments: Attachment[] = [];
    roles.set(index, 'attachment-note');
    const first = match[1]!.trim();
    if (first) {
      const item = attachmentItem.exec(first);
      attachments.push(item ? { number: Number(item[1]), title: cleanTitle(item[2]!) } : { title: cleanTitle(first) });
    }
    for (let next = index + 1; next < closingStart; next++) {
      if (!texts[next]) continue;
      const item = attachmentItem.exec(texts[next]!);
      if (!item || attachments.length === 0 || attachments.at(-1)!.number === undefined) break;
      attachments.push({ number: Number(item[1]), title: cleanTitle(item[2]!) });
      roles.set(next, 'attachment-item');
    }
    if (attachments.length > 0) fields.attachments = attachments;
    break;
  }

  // the attachments themselves, after the closing parts: “附件1” lines start them
  if (fields.attachments?.length) {
    for (let index = closingStart; index < end; index++) {
      if (!roles.has(index) && attachmentHeading.test(texts[index] ?? '')) roles.set(index, 'attachment-heading');
    }
  }
  return roles;
}

/** An attachment's title without the book-title marks or full stop it may be written with. */
function cleanTitle(text: string): string {
  return text.trim().replace(/[。；;]$/, '').replace(/^《(.+)》$/, '$1');
}
