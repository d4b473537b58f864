import { Converter } from 'opencc-js/t2cn';
import CJKCompatibility from 'opencc-js/dict/CJK_Compatibility_Ideographs';
import HKVariantsRev from 'opencc-js/dict/HKVariantsRev';
import STCharacters from 'opencc-js/dict/STCharacters';
import STPhrases from 'opencc-js/dict/STPhrases';
import TSCharacters from 'opencc-js/dict/TSCharacters';
import TSPhrases from 'opencc-js/dict/TSPhrases';
import TWVariantsRev from 'opencc-js/dict/TWVariantsRev';

export type FoldTable = ReadonlyMap<string, string>;

/** How text is folded before it is cut: Traditional-only characters always, ambiguous ones by their phrase. */
export interface Folding {
  /** Traditional-only character → Simplified (from OpenCC, below) */
  table: FoldTable;
  /**
   * Characters that are Traditional in some words and standard Simplified in others (著, 乾, 么…):
   * they are folded only in Traditional text, by OpenCC's phrase data (the phrase folder).
   */
  ambiguous: ReadonlySet<string>;
}

/** OpenCC's phrase-aware Traditional → Simplified conversion (length-preserving for the characters it folds). */
export type PhraseFolder = (text: string) => string;

/** Code point ranges of Han characters a government text may use. */
const hanRanges: [number, number][] = [
  [0x3400, 0x4dbf],
  [0x4e00, 0x9fff],
  [0xf900, 0xfaff],
];
const inHanRanges = (char: string) => hanRanges.some(([first, last]) => char.codePointAt(0)! >= first && char.codePointAt(0)! <= last);

/** "key value value|key value…" → [key, values] */
function entries(dictionary: string): [string, string[]][] {
  return dictionary.split('|').map((line) => {
    const [key = '', ...values] = line.split(' ');
    return [key, values];
  });
}

/** key → its first value */
function firstValues(dictionary: string): Map<string, string> {
  return new Map(entries(dictionary).map(([key, values]) => [key, values[0] ?? key]));
}

/**
 * What OpenCC's Traditional → Simplified converters make of one character, from their dictionaries: the
 * compatibility ideographs normalised, then the standard table, or the Taiwan or Hong Kong variant table followed
 * by it (a single character meets no phrase). Read straight from the tables, this takes milliseconds where
 * running the converters over every code point takes a second, in every thread that folds text.
 */
export function openccCharacterFolds(): { char: string; standard: string; folded: string }[] {
  const compatibility = firstValues(CJKCompatibility);
  const standardTable = firstValues(TSCharacters);
  const variants = [firstValues(TWVariantsRev), firstValues(HKVariantsRev)];
  const candidates = new Set([...compatibility.keys(), ...standardTable.keys(), ...variants.flatMap((table) => [...table.keys()])]);
  const result: { char: string; standard: string; folded: string }[] = [];
  for (const char of candidates) {
    if ([...char].length !== 1 || !inHanRanges(char)) continue;
    const normal = compatibility.get(char) ?? char;
    const toSimplified = (text: string) => standardTable.get(text) ?? text;
    const standard = toSimplified(normal);
    const folded = [standard, ...variants.map((table) => toSimplified(table.get(normal) ?? normal))].find((result) => result !== char && [...result].length === 1);
    if (folded !== undefined) result.push({ char, standard, folded });
  }
  return result;
}

let cached: Folding | undefined;

/**
 * Traditional → Simplified for single characters, from OpenCC's dictionaries (standard,
 * Taiwan and Hong Kong forms), keeping apart the characters that standard Simplified
 * text also writes. OpenCC pairs such as 著/着, 乾/干 or 么/幺 would otherwise turn a
 * Simplified page's own 显著 into 显着. A character is ambiguous when OpenCC lists it
 * as a Simplified character (STCharacters keys) or as the Simplified form of another
 * (TSCharacters values), or when a Simplified phrase uses it (STPhrases) and either a
 * Traditional phrase keeps it unchanged (乾隆, TSPhrases) or only a Taiwan/Hong Kong
 * variant table folds it (著 → 着). Ambiguous characters are folded only in Traditional
 * text, by OpenCC's phrase data (traditionalPhrases); everything else by the table.
 */
export function buildFolding(): Folding {
  if (cached) return cached;
  const simplified = new Set<string>();
  for (const [key] of entries(STCharacters)) simplified.add(key);
  for (const [, values] of entries(TSCharacters)) for (const value of values) for (const char of value) simplified.add(char);
  const inSimplifiedPhrases = new Set<string>();
  for (const [key] of entries(STPhrases)) for (const char of key) inSimplifiedPhrases.add(char);
  const characterMap = firstValues(TSCharacters);
  const keptByPhrase = new Set<string>();
  for (const [key, [value = '']] of entries(TSPhrases)) {
    const from = [...key];
    const to = [...value];
    if (from.length !== to.length) continue;
    from.forEach((char, i) => {
      const alone = characterMap.get(char);
      if (to[i] === char && alone !== undefined && alone !== char) keptByPhrase.add(char);
    });
  }

  const table = new Map<string, string>();
  const ambiguous = new Set<string>();
  for (const { char, standard, folded } of openccCharacterFolds()) {
    const variantOnly = standard === char;
    if (simplified.has(char) || (inSimplifiedPhrases.has(char) && (keptByPhrase.has(char) || variantOnly))) ambiguous.add(char);
    else table.set(char, folded);
  }
  cached = { table, ambiguous };
  return cached;
}

/** The single-character table alone (the glossary linker matches terms with it). */
export function buildFoldTable(): Map<string, string> {
  return buildFolding().table as Map<string, string>;
}

/**
 * OpenCC's Taiwan-standard Traditional → Simplified conversion with its phrase data, for
 * the ambiguous characters of Traditional text (隨著 → 随着, 顯著 → 显著, 乾隆 stays).
 * The search page loads the same converter for a Traditional query that has one.
 */
export function traditionalPhrases(): PhraseFolder {
  return Converter({ from: 'tw', to: 'cn' });
}
