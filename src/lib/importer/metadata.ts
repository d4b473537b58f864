import { parseChineseDate } from './official-document.ts';

/**
 * Recognises the page furniture and metadata lines that government sites print
 * around a document (the 信息公开 block, breadcrumbs, dates, share buttons).
 */
export interface SourceMetadata {
  indexNumber?: string;
  topic?: string;
  publisherName?: string;
  date?: string;
  time?: string;
  /** 成文日期, when the block gives it apart from the publication date */
  writtenOn?: string;
  documentNumber?: string;
  validity?: string;
  disclosureScope?: string;
  disclosureMethod?: string;
  sourceName?: string;
  columnPath?: string[];
}

const labelFields: Record<string, keyof SourceMetadata> = {
  索引号: 'indexNumber',
  主题分类: 'topic',
  发布机构: 'publisherName',
  发文机关: 'publisherName',
  生成日期: 'date',
  成文日期: 'writtenOn',
  发布日期: 'date',
  时间: 'date',
  時間: 'date',
  文件编号: 'documentNumber',
  发文字号: 'documentNumber',
  有效性: 'validity',
  公开范围: 'disclosureScope',
  公开方式: 'disclosureMethod',
  来源: 'sourceName',
  來源: 'sourceName',
};
const labelPattern = new RegExp(`(${Object.keys(labelFields).join('|')})\\s*[:：]`, 'g');

/** Parses a line made only of `label: value` pairs; returns null for any other line. */
export function parseMetadataLine(line: string): Partial<SourceMetadata> | null {
  const trimmed = line.trim();
  const matches = [...trimmed.matchAll(labelPattern)];
  if (matches.length === 0 || matches[0]!.index !== 0) return null;
  const result: Partial<SourceMetadata> = {};
  matches.forEach((match, i) => {
    const start = match.index + match[0].length;
    const end = i + 1 < matches.length ? matches[i + 1]!.index : trimmed.length;
    const value = trimmed.slice(start, end).trim();
    const field = labelFields[match[1]!]!;
    if (!value) return;
    if (field === 'date' || field === 'writtenOn') {
      // 2024-03-05 09:14, or as Chinese pages write it: 2024年3月5日
      const dateTime = /^(.+?)(?:\s+(\d{2}:\d{2})(?::\d{2})?)?$/.exec(value);
      const date = dateTime && parseChineseDate(dateTime[1]!);
      if (!date) return;
      result[field] = date;
      if (field === 'date' && dateTime[2]) result.time = dateTime[2];
    } else if (field !== 'columnPath') {
      result[field] = value;
    }
  });
  return result;
}

/** "您现在所在的位置: 首页>政务公开>…" or "首页 > 新闻中心 > 滨湖要闻" */
export function parseBreadcrumb(line: string): string[] | null {
  const trimmed = line.trim().replace(/^(您现在所在的位置|当前位置|您的位置)\s*[:：]\s*/, '');
  if (!/^首页\s*[>＞»]/.test(trimmed)) return null;
  return trimmed.split(/\s*[>＞»]\s*/).filter(Boolean);
}

/** Share buttons, view counters, font-size switches, welcome banners, prev/next links, site notes, the QR code's caption. */
const furniture = [
  /^分享到\s*[:：]?/,
  /^[•·]\s*(浏览量|字体|瀏覽量|字體)/,
  /^(浏览量|瀏覽量|字体【|字體【)/,
  /欢迎您[!！]?$/,
  /^[-•·]\s*(上一篇|下一篇)\s*[:：]/,
  /^(导语|導語)\s*[:：]/,
  /^(打印|关闭|打印本页|关闭窗口)$/,
  /^(手机扫码浏览|手機掃碼瀏覽|扫一扫在手机打开当前页|掃一掃在手機打開當前頁)$/,
];

export function isPageFurniture(line: string): boolean {
  const trimmed = line.trim();
  return furniture.some((pattern) => pattern.test(trimmed));
}
