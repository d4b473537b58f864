/**
 * Search tokens for Chinese text, shared by the index builder and the search page so
 * both sides always cut text the same way (Pagefind's own index and query segmenters
 * disagree, which loses results).
 *
 * Text is read as runs of letters and numbers (Han characters, Latin letters, digits,
 * together: 公厕30座 is one run), broken by spaces and punctuation. Every character of a
 * run gives one token at its own place: the pair it starts with the next character
 * (公厕 厕3 30 0座), or, for the last character of the run, the character alone marked as
 * a run end. A phrase search for a query's tokens then finds exactly the pages that
 * contain the query, and a single character is found as the prefix of the tokens it
 * starts (every place it stands).
 *
 * In the index each token is spelled in ASCII (Pagefind cuts Han text into single
 * characters, which would undo the pairs): each character has a code whose first letter
 * says how long it is, so no token's spelling begins another's, except a character's
 * own code, which begins every token that character starts.
 */
import type { Folding, PhraseFolder } from '../../core/chinese/fold-table.ts';

export type TokenKind = 'pair' | 'end';

export interface Token {
  kind: TokenKind;
  /** the ASCII spelling in the index */
  code: string;
  /** offsets in the source string: the characters this token stands for */
  start: number;
  end: number;
}

const hanPattern = /\p{Script=Han}/u;
const letterOrNumber = /[\p{L}\p{N}]/u;
const asciiWordChar = /^[a-z0-9]$/;

/** Han characters from U+3400 up to this code point are spelled in three base-36 letters, the first always a letter. */
const codeFloor = 0x3400;
const codeLimit = 36 ** 3;
const isCodedHan = (char: string) => {
  const codePoint = char.codePointAt(0)!;
  return codePoint >= codeFloor && codePoint < codeLimit && hanPattern.test(char);
};

/**
 * A character's code: a Han character in three letters (a–z first), a Latin letter or digit behind 0, any other
 * letter or number as 1 and four base-36 digits. The first character tells the length, so codes never run together.
 */
export function charCode(char: string): string {
  if (isCodedHan(char)) return char.codePointAt(0)!.toString(36);
  if (asciiWordChar.test(char)) return `0${char}`;
  return `1${char.codePointAt(0)!.toString(36).padStart(4, '0')}`;
}
/** What follows a character's code when it ends its run: never the first letter of a code. */
const runEnd = '2';

/** Reads the compact folding data the build writes for the browser: pairs of characters, a line break, the ambiguous ones. */
export function parseFolding(data: string): Folding {
  const [pairs = '', ambiguous = ''] = data.split('\n');
  const chars = [...pairs];
  const table = new Map<string, string>();
  for (let i = 0; i + 1 < chars.length; i += 2) table.set(chars[i]!, chars[i + 1]!);
  return { table, ambiguous: new Set(ambiguous) };
}

/** Compact form of the folding data for the browser. */
export function serialiseFolding(folding: Folding): string {
  let pairs = '';
  for (const [from, to] of [...folding.table].sort(([a], [b]) => (a < b ? -1 : 1))) pairs += from + to;
  return `${pairs}\n${[...folding.ambiguous].sort().join('')}`;
}

/** True when the text has a character that only Traditional script uses: then its ambiguous characters are read as Traditional. */
export function readsAsTraditional(text: string, folding: Folding): boolean {
  for (const char of text) if (folding.table.has(char)) return true;
  return false;
}

/** The text folded to Simplified one character at a time (ambiguous characters left as they are). */
export function foldText(text: string, folding: Folding): string {
  let folded = '';
  for (const char of text.normalize('NFKC')) folded += folding.table.get(char) ?? char;
  return folded;
}

interface Unit {
  char: string;
  start: number;
  end: number;
}

/** The text's characters after NFKC (full-width forms, compatibility ideographs), each with its source range. */
function unitsOf(text: string): Unit[] {
  const units: Unit[] = [];
  let offset = 0;
  for (const char of text) {
    const start = offset;
    offset += char.length;
    const normalised = char.normalize('NFKC');
    for (const unit of normalised) units.push({ char: unit, start, end: offset });
  }
  return units;
}

/**
 * Cuts text into tokens. `phrases` is given for Traditional text only: it folds the
 * ambiguous characters by the words they stand in (顯著 → 显著 but 隨著 → 随着), so a
 * Simplified page's own characters never change.
 */
export function tokenize(text: string, folding: Folding, phrases?: PhraseFolder): Token[] {
  const units = unitsOf(text);
  let phraseFolded: string[] | undefined;
  if (phrases && units.some((unit) => folding.ambiguous.has(unit.char))) {
    const converted = [...phrases(units.map((unit) => unit.char).join(''))];
    // only a conversion that keeps every character in place can be used
    if (converted.length === units.length) phraseFolded = converted;
  }
  const tokens: Token[] = [];
  let run: { code: string; start: number; end: number }[] = [];
  const flushRun = () => {
    run.forEach((unit, i) => {
      const next = run[i + 1];
      tokens.push(
        next
          ? { kind: 'pair', code: unit.code + next.code, start: unit.start, end: next.end }
          : { kind: 'end', code: unit.code + runEnd, start: unit.start, end: unit.end },
      );
    });
    run = [];
  };
  units.forEach((unit, index) => {
    const lower = unit.char.toLowerCase();
    const char = [...lower].length === 1 ? lower : unit.char;
    if (!letterOrNumber.test(char)) {
      flushRun();
      return;
    }
    let folded = char;
    if (hanPattern.test(char)) {
      const candidate = folding.ambiguous.has(char) ? (phraseFolded?.[index] ?? char) : (folding.table.get(char) ?? char);
      // a fold only ever swaps one Han character for another
      if (hanPattern.test(candidate) && [...candidate].length === 1) folded = candidate;
    }
    run.push({ code: charCode(folded), start: unit.start, end: unit.end });
  });
  flushRun();
  return tokens;
}

/** The words of a query: whitespace separates words, "quotes" keep a phrase together. */
export function queryWords(query: string): string[] {
  const words: string[] = [];
  for (const match of query.matchAll(/"([^"]*)"|“([^”]*)”|(\S+)/g)) {
    const word = (match[1] ?? match[2] ?? match[3] ?? '').trim();
    if (word) words.push(word);
  }
  return words;
}

export interface QueryToken {
  code: string;
  /** matches every token that starts with the code (a character that may continue in the page): only its first character is the query's */
  prefix: boolean;
  /** a pair of characters (the others mark a run's end, or are a prefix) */
  pair: boolean;
}

/**
 * What one word of a query asks the index for: its tokens in order. The query's last run
 * may continue in the page, so its run-end marker is dropped, and a last run of one
 * character (马, or 年 in "2020 年") becomes a prefix: any token the character starts.
 */
export function queryTokens(word: string, folding: Folding, phrases?: PhraseFolder): QueryToken[] {
  const tokens = tokenize(word, folding, phrases);
  const plan: QueryToken[] = tokens.map((token) => ({ code: token.code, prefix: false, pair: token.kind === 'pair' }));
  const last = tokens[tokens.length - 1];
  if (last?.kind === 'end') {
    const before = tokens[tokens.length - 2];
    if (before?.kind === 'pair') plan.pop();
    else plan[plan.length - 1] = { code: last.code.slice(0, -runEnd.length), prefix: true, pair: false };
  }
  return plan;
}

/**
 * The places (in the word's tokens) of the tokens a search must ask for: a pair whose two characters the pairs
 * either side of it already give is left out (老旧小区改造 asks for 老旧, 小区, 改造), so a long word loads fewer
 * index chunks. The places of those asked for must then be checked (sequenceStarts with these offsets): together
 * they still give every character in its place. Marks of a run's end and prefixes are always asked for.
 */
export function sparseTokens(plan: readonly QueryToken[]): number[] {
  const kept: number[] = [];
  plan.forEach((token, place) => {
    const previousKeptPair = kept.at(-1) === place - 1 && plan[place - 1]!.pair;
    const nextIsPair = plan[place + 1]?.pair === true;
    // left out only between a kept pair and a pair after it, which is then kept (it follows one left out)
    if (token.pair && previousKeptPair && nextIsPair) return;
    kept.push(place);
  });
  return kept;
}

/**
 * Where a word's tokens stand one after another, given where each token stands: the
 * positions of its first token. Used when a prefix token or left-out pairs (sparseTokens) rule
 * out a phrase search; `offsets` are the tokens' places in the word (by default one after another).
 */
export function sequenceStarts(positions: readonly (readonly number[])[], offsets: readonly number[] = positions.map((_, k) => k)): number[] {
  if (positions.length === 0) return [];
  const sets = positions.map((list) => new Set(list));
  return [...positions[0]!].sort((a, b) => a - b).filter((start) => sets.every((set, k) => set.has(start + offsets[k]!)));
}
