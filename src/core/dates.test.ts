import { describe, expect, it } from 'vitest';
import { documentDateChinese, documentDateSortKey, documentDateText, documentYear, exactDay, formatChineseDate, isRealIsoDate, parseDocumentDate, yearOf } from './dates.ts';

describe('dates', () => {
  it('accepts real dates and rejects impossible ones', () => {
    expect(isRealIsoDate('2021-10-12')).toBe(true);
    expect(isRealIsoDate('2020-02-29')).toBe(true);
    expect(isRealIsoDate('2021-02-29')).toBe(false);
    expect(isRealIsoDate('2021-13-01')).toBe(false);
    expect(isRealIsoDate('2021-1-1')).toBe(false);
    expect(isRealIsoDate('二〇二一年')).toBe(false);
  });
  it('formats dates the way citizens read them', () => {
    expect(formatChineseDate('2021-10-12')).toBe('2021年10月12日');
    expect(yearOf('2021-10-12')).toBe('2021');
  });
});

describe('document dates', () => {
  const read = (written: string) => parseDocumentDate(written)!;
  it('reads the four ways front matter states a date', () => {
    expect(read('2021-10-12')).toEqual({ precision: 'day', value: '2021-10-12' });
    expect(read('2011-05')).toEqual({ precision: 'month', value: '2011-05' });
    expect(read('2011')).toEqual({ precision: 'year', value: '2011' });
    expect(read('不详')).toEqual({ precision: 'unknown' });
    for (const bad of ['2021-02-30', '2011-13', '11', '约2011年', '']) expect(parseDocumentDate(bad), bad).toBeNull();
  });
  it('says an approximate or unknown date as such, never as a day', () => {
    expect(documentDateText(read('2020-11-19'), '09:14')).toBe('2020-11-19 09:14');
    expect(documentDateText(read('2011'))).toBe('约2011年');
    expect(documentDateText(read('2011-05'))).toBe('约2011年5月');
    expect(documentDateText(read('不详'))).toBe('日期不详');
    expect(documentDateChinese(read('2021-10-12'))).toBe('2021年10月12日');
    expect(documentDateChinese(read('2020'))).toBe('约2020年');
    expect(exactDay(read('2020'))).toBeUndefined();
    expect(documentYear(read('2011-05'))).toBe('2011');
    expect(documentYear(read('不详'))).toBeUndefined();
  });
  it('orders approximate dates after the known days of their year, and unknown ones last', () => {
    const order = ['2011', '2011-12-31', '不详', '2010-05', '2012-01-01', '2010-05-31']
      .map(read)
      .sort((a, b) => documentDateSortKey(b).localeCompare(documentDateSortKey(a)))
      .map((date) => documentDateText(date));
    expect(order).toEqual(['2012-01-01', '2011-12-31', '约2011年', '2010-05-31', '约2010年5月', '日期不详']);
  });
});
