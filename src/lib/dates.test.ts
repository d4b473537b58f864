import { describe, expect, it } from 'vitest';
import { formatChineseDate, isRealIsoDate, yearOf } from './dates.ts';

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
