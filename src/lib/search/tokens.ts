/**
 * Search tokens for Chinese text, shared by the index builder and the search page so
 * both sides always cut text the same way (Pagefind's own index and query segmenters
 * disagree, which loses results).
 *
 * Each run of Han characters becomes its overlapping bigrams (四门 门八 八洲 …) followed
 * by its last character alone, which marks where the run ended; runs of one character
 * are that character. Letters and digits form words. A phrase search for a query's
 * tokens then finds exactly the pages that contain the query as written, and the
 * tokens can be read back into text for excerpts.
 *
 * In the index each token is spelled in ASCII (see encodeToken): Pagefind cuts any
 * Han text into single characters, which would undo the bigrams.
 */
export type FoldTable = ReadonlyMap<string, string>;

export interface Token {
  text: string;
  /** offsets in the source string: the characters this token stands for */
  start: number;
  end: number;
  /** the single character that closes a run of two or more */
  runEnd: boolean;
}

const hanPattern = /\p{Script=Han}/u;
const wordPattern = /[\p{L}\p{N}]/u;

/** Reads the compact fold table (pairs of characters) that the build writes for the browser. */
export function parseFoldTable(pairs: string): Map<string, string> {
  const chars = [...pairs];
  const table = new Map<string, string>();
  for (let i = 0; i + 1 < chars.length; i += 2) table.set(chars[i]!, chars[i + 1]!);
  return table;
}

/** Traditional → Simplified, one character at a time (the table comes from OpenCC at build time). */
export function foldText(text: string, table: FoldTable): string {
  let folded = '';
  for (const char of text) folded += table.get(char) ?? char;
  return folded;
}

export function tokenize(text: string, table: FoldTable): Token[] {
  const tokens: Token[] = [];
  let run: { char: string; start: number; end: number }[] = [];
  let word = '';
  let wordStart = 0;
  let wordEnd = 0;

  const flushRun = () => {
    if (run.length === 1) {
      tokens.push({ text: run[0]!.char, start: run[0]!.start, end: run[0]!.end, runEnd: false });
    } else if (run.length > 1) {
      for (let i = 0; i + 1 < run.length; i++) {
        tokens.push({ text: run[i]!.char + run[i + 1]!.char, start: run[i]!.start, end: run[i + 1]!.end, runEnd: false });
      }
      const last = run[run.length - 1]!;
      tokens.push({ text: last.char, start: last.start, end: last.end, runEnd: true });
    }
    run = [];
  };
  const flushWord = () => {
    if (word) tokens.push({ text: word, start: wordStart, end: wordEnd, runEnd: false });
    word = '';
  };

  let offset = 0;
  for (const char of text) {
    const start = offset;
    offset += char.length;
    if (isCodedHan(char)) {
      flushWord();
      const unified = char.normalize('NFKC');
      run.push({ char: table.get(unified) ?? unified, start, end: offset });
    } else {
      const normalised = char.normalize('NFKC').toLowerCase();
      if (wordPattern.test(normalised)) {
        flushRun();
        if (!word) wordStart = start;
        word += normalised;
        wordEnd = offset;
      } else {
        flushRun();
        flushWord();
      }
    }
  }
  flushRun();
  flushWord();
  return tokens;
}

/** Han characters below this code point (all of CJK Unified and Extension A) get a 3-letter code. */
const codeLimit = 36 ** 3;
const isCodedHan = (char: string) => hanPattern.test(char) && char.codePointAt(0)! < codeLimit;

/**
 * ASCII spelling of a token for the index: each Han character as three base-36 letters
 * (they start with a letter, since the code points start at U+3400), any other word
 * behind a 0. Unambiguous, so excerpts can be read back.
 */
export function encodeToken(token: string): string {
  const chars = [...token];
  if (chars.length > 0 && chars.every(isCodedHan)) return chars.map((char) => char.codePointAt(0)!.toString(36)).join('');
  return `0${token}`;
}

export function decodeToken(code: string): string {
  if (code.startsWith('0')) return code.slice(1);
  let text = '';
  for (let i = 0; i + 3 <= code.length; i += 3) text += String.fromCodePoint(parseInt(code.slice(i, i + 3), 36));
  return text;
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

/** The Pagefind query for one word: its tokens as an exact phrase. */
export function phraseFor(word: string, table: FoldTable): string | null {
  const tokens = tokenize(word, table);
  // the query's last run may continue in the page: do not ask for it to end there
  if (tokens.length > 1 && tokens[tokens.length - 1]!.runEnd) tokens.pop();
  return tokens.length ? `"${tokens.map((token) => encodeToken(token.text)).join(' ')}"` : null;
}

/**
 * Reads indexed tokens back into text: bigrams of a run overlap by one character,
 * and a run-end token closes the run (shown as a space where punctuation stood).
 * Returns the text and, per token, the range of text it produced.
 */
export function decodeTokens(tokens: readonly string[]): { text: string; ranges: [number, number][] } {
  let text = '';
  const ranges: [number, number][] = [];
  let previous: string | undefined;
  let inRun = false;
  for (const token of tokens) {
    const isHan = hanPattern.test(token);
    const start = text.length;
    if (isHan && token.length === 2) {
      if (inRun && previous && previous.length === 2 && previous[1] === token[0]) {
        text += token[1];
        ranges.push([start - 1, text.length]);
      } else {
        if (text && !/\s$/.test(text)) text += ' ';
        const begin = text.length;
        text += token;
        ranges.push([begin, text.length]);
      }
      inRun = true;
    } else if (isHan && inRun && previous?.length === 2 && previous[1] === token) {
      // the run-end marker adds no character
      ranges.push([text.length - 1, text.length]);
      inRun = false;
    } else {
      if (text && !/\s$/.test(text)) text += ' ';
      const begin = text.length;
      text += token;
      ranges.push([begin, text.length]);
      inRun = false;
    }
    previous = token;
  }
  return { text, ranges };
}
