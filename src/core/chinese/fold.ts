import type { FoldTable } from './fold-table.ts';

/**
 * Folds one character for term matching: Traditional → Simplified (OpenCC's table,
 * the same one search uses), full-width ASCII → ASCII, Latin letters to lower case.
 * One character in, one character out, so positions in the folded text are the
 * positions in the original.
 */
export type CharFolder = (char: string) => string;

export function charFolder(table: FoldTable): CharFolder {
  return (char) => {
    const simplified = table.get(char);
    if (simplified !== undefined) return simplified;
    const code = char.codePointAt(0)!;
    if (code >= 0xff01 && code <= 0xff5e) return String.fromCodePoint(code - 0xfee0).toLowerCase();
    if (code >= 0x41 && code <= 0x5a) return String.fromCodePoint(code + 32);
    return char;
  };
}
