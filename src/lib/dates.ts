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
