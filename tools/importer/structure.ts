/**
 * The heading ladder of Chinese official documents: 一、 / (一) / 1. / 1) / ①.
 * A line that starts with a rung and reads as a heading (short, no full stop)
 * becomes a heading; a rung followed by sentences stays a paragraph.
 */
export type Rung = 'chinese-numeral' | 'bracketed-numeral' | 'arabic-dot' | 'bracketed-arabic' | 'arabic-bracket' | 'circled';

const rungPatterns: [Rung, RegExp][] = [
  ['chinese-numeral', /^[一二三四五六七八九十]+、/],
  ['bracketed-numeral', /^[(（][一二三四五六七八九十]+[)）]/],
  ['arabic-dot', /^\d{1,2}[.．、](?!\d)/],
  // （1）: the fourth rung of GB/T 9704
  ['bracketed-arabic', /^[(（]\d{1,2}[)）]/],
  ['arabic-bracket', /^\d{1,2}[)）]/],
  ['circled', /^[①-⑳]/],
];

export function rungOf(line: string): Rung | null {
  for (const [rung, pattern] of rungPatterns) if (pattern.test(line)) return rung;
  return null;
}

/**
 * Short, and no sentence ends inside it; or, as 公文 often write a heading on its own
 * line, one short clause closed by a full stop: “（一）加强组织领导。”.
 */
export function readsAsHeading(line: string): boolean {
  const text = line.trim();
  if (text.length <= 60 && !/[。；;！!？?]/.test(text) && !/[:：]$/.test(text)) return true;
  return /^[^。；;！!？?:：]{2,40}。$/.test(text);
}

/**
 * Heading levels follow the order in which rungs first appear, as a word processor's
 * outline would: the first rung used is h2, the next h3 and so on, so no level is skipped.
 */
export class HeadingLevels {
  private order: Rung[] = [];
  levelOf(rung: Rung): number {
    if (!this.order.includes(rung)) this.order.push(rung);
    return Math.min(2 + this.order.indexOf(rung), 6);
  }
}

/** Task notes: 〔牵头单位:…,责任单位:…〕 or (牵头领导:…;责任部门:…), also with a bracket lost. */
const taskNotePattern = /[〔(（]?牵头(?:单位|领导|部门)[:：][^〕)）\n]*(?:[〕)）]|$)/g;

export function findTaskNotes(line: string): { start: number; end: number }[] {
  return [...line.matchAll(taskNotePattern)].map((match) => ({ start: match.index, end: match.index + match[0].length }));
}

export const circledNumbers = '①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳';
export function circledNumberValue(char: string): number {
  return circledNumbers.indexOf(char) + 1;
}
