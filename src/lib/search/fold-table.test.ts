import { describe, expect, it } from 'vitest';
import { buildFoldTable, serialiseFoldTable } from './fold-table.ts';
import { foldText, parseFoldTable } from './tokens.ts';

describe('fold table', () => {
  const table = buildFoldTable();
  it('maps Traditional characters to Simplified from OpenCC', () => {
    expect(foldText('總結全運會重點工程', table)).toBe('总结全运会重点工程');
    expect(foldText('四门八洲十三坡', table)).toBe('四门八洲十三坡');
    expect(table.size).toBeGreaterThan(2000);
  });
  it('survives its compact form', () => {
    const parsed = parseFoldTable(serialiseFoldTable(table));
    expect(parsed).toEqual(table);
  });
});
