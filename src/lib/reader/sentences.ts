/**
 * Cuts Chinese text into sentences, for reading aloud one sentence at a time and for
 * setting a dense definition out one sentence to a line. Nothing is rewritten: the
 * pieces joined together give back the text exactly.
 */

/** Closing quotes and brackets stay with the sentence they close: “……。” */
const closers = '”’」』）)】》〉〕"\'';
const fullStops = '。！？!?';
const clauseStops = '；;';
const pauses = '，,、：:';

export interface SentenceOptions {
  /** also end a piece at ；, which in official prose often closes a clause as long as a sentence */
  semicolons?: boolean;
}

export function splitSentences(text: string, options: SentenceOptions = {}): string[] {
  const stops = options.semicolons ? fullStops + clauseStops : fullStops;
  const pieces: string[] = [];
  let start = 0;
  let i = 0;
  while (i < text.length) {
    const char = text[i]!;
    // …… and … end a sentence too, when something follows them
    const ellipsis = char === '…';
    if (stops.includes(char) || ellipsis) {
      let end = i + 1;
      while (end < text.length && (stops.includes(text[end]!) || text[end] === '…')) end++;
      while (end < text.length && closers.includes(text[end]!)) end++;
      if (!ellipsis || end < text.length) {
        pieces.push(text.slice(start, end));
        start = end;
      }
      i = end;
      continue;
    }
    i++;
  }
  if (start < text.length) pieces.push(text.slice(start));
  return pieces;
}

/**
 * The longest piece spoken as one utterance: some browsers cut an utterance off after about
 * 15 seconds, and Chinese is read at four to five characters a second.
 */
export const speechChunkLength = 50;

/**
 * Pieces short enough to speak as one utterance: a sentence longer than maxLength is cut at
 * its last pause (，、：) that fits, or, failing one, at maxLength. Pieces that are only white
 * space are left out; nothing else is.
 */
export function speechChunks(text: string, maxLength = speechChunkLength): string[] {
  const chunks: string[] = [];
  for (const sentence of splitSentences(text, { semicolons: true })) {
    let rest = sentence;
    while (rest.length > maxLength) {
      let cut = -1;
      for (let at = maxLength - 1; at > maxLength / 3; at--) {
        if (pauses.includes(rest[at]!)) {
          cut = at + 1;
          break;
        }
      }
      if (cut === -1) cut = maxLength;
      chunks.push(rest.slice(0, cut));
      rest = rest.slice(cut);
    }
    chunks.push(rest);
  }
  return chunks.filter((chunk) => chunk.trim().length > 0);
}
