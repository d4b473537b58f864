import { describe, expect, it } from 'vitest';
import { Converter } from 'opencc-js/t2cn';
import { buildFolding, openccCharacterFolds } from './fold-table.ts';

describe('fold table', () => {
  const folding = buildFolding();
  const foldText = (text: string) => [...text].map((char) => folding.table.get(char) ?? char).join('');
  it('maps Traditional-only characters to Simplified, from OpenCC', () => {
    expect(foldText('總結全運會重點工程什麼廢止')).toBe('总结全运会重点工程什么废止');
    expect(foldText('四门八洲十三坡')).toBe('四门八洲十三坡');
    expect(folding.table.size).toBeGreaterThan(2000);
  });
  it('reads OpenCC’s tables exactly as its converters fold one character', () => {
    const converters = (['t', 'tw', 'hk'] as const).map((from) => Converter({ from, to: 'cn' }));
    const fromTables = new Map(openccCharacterFolds().map((entry) => [entry.char, entry.folded]));
    for (const [first, last] of [[0x3400, 0x4dbf], [0x4e00, 0x9fff], [0xf900, 0xfaff]] as const) {
      for (let codePoint = first; codePoint <= last; codePoint++) {
        const char = String.fromCodePoint(codePoint);
        const folded = converters.map((convert) => convert(char)).find((result) => result !== char && [...result].length === 1);
        if (folded !== fromTables.get(char)) expect(fromTables.get(char), char).toBe(folded);
      }
    }
  });
  it('leaves alone every character that standard Simplified text also writes', () => {
    // 著 (显著), 么 (怎么), 乾 (乾隆), 於 (a surname), 薹 (蒜薹): OpenCC folds each in some Traditional words only
    for (const char of ['著', '么', '乾', '於', '薹']) {
      expect(folding.table.has(char), char).toBe(false);
      expect(folding.ambiguous.has(char), char).toBe(true);
    }
    expect(foldText('显著 怎么 乾隆')).toBe('显著 怎么 乾隆');
    // no Simplified character folds to another
    for (const [from, to] of folding.table) expect(folding.table.has(to), `${from}→${to}`).toBe(false);
  });
});
