/** Dates are written YYYY-MM-DD (ISO 8601), as the catalogue rules require. */
const isoDate = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True only for a real calendar date: 2021-02-30 is rejected. */
export function isRealIsoDate(value: string): boolean {
  const match = isoDate.exec(value);
  if (!match) return false;
  const [, y, m, d] = match.map(Number) as [number, number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

export function yearOf(isoDateString: string): string {
  return isoDateString.slice(0, 4);
}

/** 2021-10-12 → 2021年10月12日 */
export function formatChineseDate(isoDateString: string): string {
  const [y, m, d] = isoDateString.split('-');
  return `${y}年${Number(m)}月${Number(d)}日`;
}

/**
 * A document's date as its source gives it: the day (2021-10-12), only a month or a
 * year (the source gives none, and the text points to one: shown 约2011年), or unknown
 * (日期不详). Front matter writes it as 2021-10-12, 2011-05, 2011 or 不详.
 */
export type DocumentDate =
  | { precision: 'day'; value: string }
  | { precision: 'month'; value: string }
  | { precision: 'year'; value: string }
  | { precision: 'unknown' };

/** How front matter writes an unknown date, and how the site says it. */
export const unknownDate = '不详';
export const unknownDateText = '日期不详';

/** The written date read into its precision; null when it is none of the four forms. */
export function parseDocumentDate(written: string): DocumentDate | null {
  const text = written.trim();
  if (text === unknownDate) return { precision: 'unknown' };
  if (isRealIsoDate(text)) return { precision: 'day', value: text };
  const month = /^(\d{4})-(\d{2})$/.exec(text);
  if (month && Number(month[2]) >= 1 && Number(month[2]) <= 12) return { precision: 'month', value: text };
  if (/^\d{4}$/.test(text)) return { precision: 'year', value: text };
  return null;
}

/** The exact day, where the source gives one. */
export function exactDay(date: DocumentDate): string | undefined {
  return date.precision === 'day' ? date.value : undefined;
}

/** The first day the date can be (2020 → 2020-01-01, 2020-05 → 2020-05-01); undefined when unknown. */
export function earliestDay(date: DocumentDate): string | undefined {
  if (date.precision === 'day') return date.value;
  if (date.precision === 'month') return `${date.value}-01`;
  if (date.precision === 'year') return `${date.value}-01-01`;
  return undefined;
}

/** The year the date falls in (known or approximate); undefined when unknown. */
export function documentYear(date: DocumentDate): string | undefined {
  return date.precision === 'unknown' ? undefined : date.value.slice(0, 4);
}

/** 2021-10-12 (09:14) · 约2011年 · 约2011年5月 · 日期不详 */
export function documentDateText(date: DocumentDate, time?: string): string {
  switch (date.precision) {
    case 'day':
      return time ? `${date.value} ${time}` : date.value;
    case 'month':
      return `约${date.value.slice(0, 4)}年${Number(date.value.slice(5, 7))}月`;
    case 'year':
      return `约${date.value}年`;
    case 'unknown':
      return unknownDateText;
  }
}

/** 2021年10月12日 · 约2011年 · 日期不详, for running text and share cards. */
export function documentDateChinese(date: DocumentDate): string {
  return date.precision === 'day' ? formatChineseDate(date.value) : documentDateText(date);
}

/**
 * Key for ordering by date, newest first: a date known only to its month or year comes
 * after the known days of that month or year (its place within them is not known), and
 * an unknown date after every other.
 */
export function documentDateSortKey(date: DocumentDate): string {
  switch (date.precision) {
    case 'day':
      return date.value;
    case 'month':
      return `${date.value}-00`;
    case 'year':
      return `${date.value}-00-00`;
    case 'unknown':
      return '0000-00-00';
  }
}

