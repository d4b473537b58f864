import { Converter } from 'opencc-js';

/** Code point ranges of Han characters a government text may use. */
const hanRanges: [number, number][] = [
  [0x3400, 0x4dbf],
  [0x4e00, 0x9fff],
  [0xf900, 0xfaff],
];

/**
 * Traditional → Simplified for single characters, taken from OpenCC's dictionaries
 * (standard, Taiwan and Hong Kong forms). Search folds text one character at a time
 * with it, on the index side and in the browser alike.
 */
export function buildFoldTable(): Map<string, string> {
  const converters = (['t', 'tw', 'hk'] as const).map((from) => Converter({ from, to: 'cn' }));
  const table = new Map<string, string>();
  for (const [first, last] of hanRanges) {
    for (let codePoint = first; codePoint <= last; codePoint++) {
      const char = String.fromCodePoint(codePoint);
      for (const convert of converters) {
        const folded = convert(char);
        if (folded !== char && [...folded].length === 1) {
          table.set(char, folded);
          break;
        }
      }
    }
  }
  return table;
}

/** Compact form for the browser: pairs of characters, one after the other. */
export function serialiseFoldTable(table: ReadonlyMap<string, string>): string {
  let pairs = '';
  for (const [from, to] of [...table].sort(([a], [b]) => (a < b ? -1 : 1))) pairs += from + to;
  return pairs;
}

