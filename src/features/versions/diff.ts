import { diffArrays } from 'diff';

/**
 * What changed between two versions of a text, word by word: Chinese has no spaces, so the text is cut into words
 * by Intl.Segmenter (ICU's dictionary for Chinese; punctuation and each damaged character stand alone) and the two
 * word lists are compared by jsdiff (Myers' algorithm). A line break is a word of its own, so paragraphs stay apart.
 */

export interface DiffPart {
  kind: 'same' | 'inserted' | 'deleted';
  text: string;
}

const segmenter = new Intl.Segmenter('zh', { granularity: 'word' });

/** The text's words, every character kept: joined again they give the text back. */
export function words(text: string): string[] {
  const result: string[] = [];
  for (const line of text.split(/(\n)/)) {
    if (line === '\n') result.push(line);
    else for (const { segment } of segmenter.segment(line)) result.push(segment);
  }
  return result;
}

/** The two texts as runs of unchanged, deleted and inserted text, in reading order (a deletion before its insertion). */
export function diffText(before: string, after: string): DiffPart[] {
  const parts: DiffPart[] = [];
  for (const change of diffArrays(words(before), words(after))) {
    const kind = change.added ? 'inserted' : change.removed ? 'deleted' : 'same';
    const text = change.value.join('');
    const last = parts.at(-1);
    if (last && last.kind === kind) last.text += text;
    else if (text) parts.push({ kind, text });
  }
  return parts;
}

/** One place where the text changed: what was taken out and what was put in (either may be empty). */
export interface ChangeGroup {
  deleted: string;
  inserted: string;
}

/** The places where the text changed: runs of deletions and insertions with no unchanged text between them. */
export function changeGroups(parts: readonly DiffPart[]): ChangeGroup[] {
  const groups: ChangeGroup[] = [];
  let open: ChangeGroup | undefined;
  for (const part of parts) {
    if (part.kind === 'same') {
      open = undefined;
      continue;
    }
    if (!open) groups.push((open = { deleted: '', inserted: '' }));
    open[part.kind] += part.text;
  }
  return groups;
}

export interface DiffParagraph {
  /** the paragraph's number in the later version, counting from 1 */
  number: number;
  parts: DiffPart[];
  changed: boolean;
}

/** The diff cut into paragraphs (at line breaks), each numbered as in the later version. */
export function diffParagraphs(parts: readonly DiffPart[]): DiffParagraph[] {
  const paragraphs: DiffParagraph[] = [];
  let current: DiffPart[] = [];
  let number = 1;
  const close = () => {
    if (current.some((part) => part.text.trim())) paragraphs.push({ number, parts: current, changed: current.some((part) => part.kind !== 'same') });
    current = [];
  };
  for (const part of parts) {
    const pieces = part.text.split('\n');
    pieces.forEach((piece, index) => {
      if (index > 0) {
        close();
        // a break in the later text starts its next paragraph; a deleted break joins two paragraphs of the earlier one
        if (part.kind !== 'deleted') number += 1;
      }
      if (piece) current.push({ kind: part.kind, text: piece });
    });
  }
  close();
  return paragraphs;
}

/**
 * A changed paragraph with its unchanged stretches cut down to `keep` characters either side of a change (……
 * marks what is left out), so a long paragraph shows where it changed without the whole of it.
 */
export function trimContext(parts: readonly DiffPart[], keep = 40): DiffPart[] {
  return parts.map((part, index) => {
    if (part.kind !== 'same') return part;
    const chars = [...part.text];
    const before = index > 0; // a change before it: keep its start
    const after = index < parts.length - 1; // a change after it: keep its end
    if (chars.length <= (before && after ? 2 * keep + 1 : keep + 1)) return part;
    const head = before ? chars.slice(0, keep).join('') : '';
    const tail = after ? chars.slice(-keep).join('') : '';
    return { kind: 'same', text: `${head}……${tail}` };
  });
}
